/**
 * Trains the learned score of distress (src/lib/search/safety-model.ts) and writes content/safety-model.json.
 * Run after changing tests/search/safety-queries.yaml or content/safety.yaml's recognition:
 *   npm run safety:train
 * Distress: every crisis phrasing of the safety query set, in the three languages. Not distress: its
 * emergencies and calm queries, the search's own query set (tests/search/queries.yaml, but for the crisis
 * line's own), and every catalogue line's names and keywords but the crisis line's. Deterministic: the same
 * files give the same model. Prints what it learned and how it fits.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { parse } from 'yaml';
import { catalogue as catalogueSchema } from '../src/lib/schema/catalogue.ts';
import { safety as safetySchema } from '../src/lib/schema/safety.ts';
import { safetyReader } from '../src/lib/search/safety.ts';
import { saysDistress } from '../src/lib/search/safety-model.ts';
import { trainModel, type Example, type Training } from '../src/lib/search/safety-train.ts';

/**
 * Chosen on 2026-12-07 by five-fold cross-validation on the set and by rounds of phrasings the model never saw
 * (real people's words from stored pages): at a threshold of 3 the model raised no alarm on those rounds' calm
 * queries, while at 2 it alarmed on "I want to …" requests. Pruning at 0.5 keeps ~380 weights, ~4 KB in
 * safety.json (~2 KB gzip). The patterns find what the model misses; the model is asked only when no pattern matched.
 */
export const TRAINING: Training = { epochs: 600, rate: 0.5, decay: 0.001, features: 500, prune: 0.3, threshold: 3 };

/** How a person puts an ordinary request in the first person, before the catalogue's keywords. */
const ASKED = { zh: ['我想', '我要', '我不想', '我好想', '我想自己', '我好累想'], en: ['i want to', 'i need to', 'i would like to', 'i am tired of', 'how do i'] };

const root = new URL('../', import.meta.url);
const text = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** The labelled examples, as the safety check reads them (traditional read as simplified, as on a page). */
export function examples(): { query: string; example: Example; asked?: true }[] {
  const safety = safetySchema.parse(parse(text('content/safety.yaml')));
  const simplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const read = safetyReader(safety.recognition, {});
  const set = parse(text('tests/search/safety-queries.yaml')) as {
    crisis: Record<string, string[]>;
    emergency: Record<string, Record<string, string>>;
    more: { crisis: Record<string, string[]>; emergency: Record<string, Record<string, string>> };
    calm: Record<string, (string | number)[]>;
  };
  const distress = [...Object.values(set.crisis), ...Object.values(set.more.crisis)].flat();
  const emergencies = [...Object.values(set.emergency), ...Object.values(set.more.emergency)].flatMap((e) => Object.keys(e));
  const calm = Object.entries(set.calm).flatMap(([language, list]) => (language === 'digits' ? [] : list.map(String)));
  const searches = (parse(text('tests/search/queries.yaml')) as { q: unknown; expect: unknown }[]).filter((q) => String(q.expect) !== safety.crisis.dial).map((q) => String(q.q));
  const lines = catalogueSchema.parse(parse(text('content/catalogue.yaml'))).filter((h) => h.number !== safety.crisis.dial);
  const words = lines.flatMap((h) => [h.name, h.shortName, h.englishName, ...(h.keywords ?? []), ...(h.englishKeywords ?? [])].filter((w): w is string => typeof w === 'string'));
  // The same words asked the way a person asks (我想…, I want to…): saying "I" and "want" is no distress in itself.
  const asked = lines.flatMap((h) => [
    ...h.keywords.flatMap((k) => ASKED.zh.map((p) => p + k)),
    ...(h.englishKeywords ?? []).flatMap((k) => ASKED.en.map((p) => `${p} ${k}`)),
  ]);
  const labelled = [...distress.map((q) => [q, true] as const), ...[...emergencies, ...calm, ...searches, ...words].map((q) => [q, false] as const)];
  return [
    ...labelled.map(([query, distress]) => ({ query, example: { text: read(simplified(query)), distress } })),
    ...asked.map((query) => ({ query, example: { text: read(query), distress: false }, asked: true as const })),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = examples();
  const model = trainModel(all.map((e) => e.example), TRAINING);
  writeFileSync(new URL('content/safety-model.json', root), `${JSON.stringify(model, null, 1)}\n`);
  const wrong = all.filter((e) => saysDistress(model, e.example.text) !== e.example.distress);
  const top = Object.entries(model.weights).sort((a, b) => b[1] - a[1]).slice(0, 20).map(([f, w]) => `${f.trim()} ${w}`);
  console.log(`content/safety-model.json: ${Object.keys(model.weights).length} weights, ${JSON.stringify(model).length} bytes, from ${all.length} examples (${all.filter((e) => e.example.distress).length} distress)`);
  console.log(`not said by the model alone: ${wrong.filter((e) => e.example.distress).length} distress (the patterns find them); alarms on calm: ${wrong.filter((e) => !e.example.distress).map((e) => e.query).join(' | ') || 'none'}`);
  console.log(`heaviest: ${top.join(', ')}`);
}
