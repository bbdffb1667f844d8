/**
 * Trains the learned score of danger (src/lib/search/safety-model.ts) and writes content/safety-model.json.
 * Run after changing content/safety-training/, tests/search/safety-queries.yaml or content/safety.yaml's
 * recognition:
 *   npm run safety:train
 *   npm run safety:train -- --cv             five-fold cross-validation, per kind and language; writes nothing
 *   npm run safety:train -- --test FILE.yaml the whole search (createSearch over the catalogue, as the set test)
 *                                            on a file of phrasings in content/safety-training/'s form,
 *                                            with a model trained now on everything else; writes nothing
 * Danger: the set's crisis phrasings and emergencies (120, 119, 110; 122 is left to its patterns) and
 * content/safety-training/'s. Ordinary questions: the set's and the training file's calm queries, the
 * search's own query set (but the crisis line's, and those a pattern already answers as an emergency), and every
 * catalogue line's names and keywords but the crisis line's, also asked as 我想… / I want to…. Deterministic:
 * the same files give the same model.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as OpenCC from 'opencc-js';
import { parse } from 'yaml';
import { catalogue as catalogueSchema } from '../src/lib/schema/catalogue.ts';
import { safety as safetySchema } from '../src/lib/schema/safety.ts';
import { safetyReader } from '../src/lib/search/safety.ts';
import { dangerOf, scoreText, type SafetyModel } from '../src/lib/search/safety-model.ts';
import { compileLine } from '../src/lib/search/safety-patterns.ts';
import { foldModels, foldsOf, trainModel, type Example, type Training } from '../src/lib/search/safety-train.ts';

/**
 * Chosen on 2026-12-07 by five-fold cross-validation (`--cv`; the figures in content/safety.yaml's notes on the
 * learned score). The thresholds by one rule, read off `--cv`'s first lines: the lowest at which at most 10 (12356),
 * 4 (120, 119) or 2 (110) of the ~2,700 ordinary questions no pattern matched alarm out of fold — a crisis answer
 * given wrongly still says 12356 first, a false emergency button says only "dial 120", and a false 110 costs most. Decay, epochs, rate and calmWeight: the best of a
 * few tried (decay 0.0005 to 0.000005; 150 to 600 epochs; calmWeight 1 to 8), though most differed by no more than
 * the folds' noise. 1,500 features: what /search/safety.json can carry (scripts/budgets.ts); 1,000 found fewer
 * emergencies, 2,000 and 3,000 no more. Retrain and read `--cv` again after adding training text.
 * Kept on 2026-12-07 after distress-7 and emergency-8 (their ordinary questions written to sit close to danger) were
 * added: the rule read off `--cv` then gave 5.3, 4.6, 1.9, 2.8 (5.4, 4.8, 1.8, 3.1 with their final text), which on the
 * lists as they were before missed 575 of 3,189 danger phrasings (against 485 with these) to alarm 37 of 2,805
 * ordinary questions (against 47).
 * Safety first: ninety more people in danger missed is too high a price for ten fewer ordinary questions alarmed.
 * Kept again that evening after the read held-out rounds and mixed-a…c joined (about 6,000 ordinary questions no
 * pattern matched): the rule, scaled to them, read 3.9, 2.2, 3.1, 5.2 — higher for 119 and 110, so fewer emergencies
 * found — and fresh rounds alarmed 0 or 1 of about 92 ordinary questions each with these. calmRounds: 3 took the seen
 * ordinary questions the score alone alarmed from 3–5 to none, at 35 danger phrasings of the training text.
 */
export const TRAINING: Training = {
  classes: ['12356', '120', '119', '110'],
  threshold: [4, 3.4, 1.1, 2.5],
  epochs: 300,
  rate: 0.1,
  decay: 0.00001,
  minCount: 2,
  features: 1500,
  prune: 0.3,
  calmWeight: 4,
  calmRounds: 3,
};

/** The kinds of a training file, by the number each puts first. */
export const KINDS = { crisis: '12356', medical: '120', fire: '119', police: '110', calm: null } as const;
export type Kind = keyof typeof KINDS;
export type Language = 'zh-Hans' | 'zh-Hant' | 'en';
/** A file of labelled phrasings: content/safety-training/, or one held out to test the whole search. */
export type TrainingFile = Partial<Record<Kind, Partial<Record<Language, string[]>>>>;

/** How a person puts an ordinary request in the first person, before the catalogue's keywords. */
const ASKED = { zh: ['我想', '我要', '我不想', '我好想', '我想自己', '我好累想'], en: ['i want to', 'i need to', 'i would like to', 'i am tired of', 'how do i'] };

const root = new URL('../', import.meta.url);
const text = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** One labelled phrasing: what was typed, in which language, from which list, and how the check reads it. */
export interface Labelled {
  query: string;
  language: Language;
  /** Where it was written (the set, the training file, the catalogue…) and its kind: a fold keeps neighbours of one list together. */
  list: string;
  example: Example;
}

const languageOf = (q: string): Language => (/\p{Script=Han}/u.test(q) ? 'zh-Hans' : 'en');

/** The phrasings of a training file, each with its label. */
export const phrasingsOf = (file: TrainingFile) =>
  (Object.keys(KINDS) as Kind[]).flatMap((kind) => (['zh-Hans', 'zh-Hant', 'en'] as const).flatMap((language) => (file[kind]?.[language] ?? []).map((query) => ({ query: String(query), language, kind, label: KINDS[kind] }))));

/** The labelled examples, as the safety check reads them (traditional read as simplified, as on a page). */
export function examples(): Labelled[] {
  const safety = safetySchema.parse(parse(text('content/safety.yaml')));
  const simplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const read = safetyReader(safety.recognition, {});
  const set = parse(text('tests/search/safety-queries.yaml')) as {
    crisis: Record<Language, string[]>;
    emergency: Record<Language, Record<string, string>>;
    more: { crisis: Record<Language, string[]>; emergency: Record<Language, Record<string, string>> };
    calm: Record<Language | 'digits', (string | number)[]>;
  };
  const out: { query: string; language: Language; list: string; label: string | null }[] = [];
  for (const language of ['zh-Hans', 'zh-Hant', 'en'] as const) {
    for (const q of [...set.crisis[language], ...set.more.crisis[language]]) out.push({ query: q, language, list: `set crisis ${language}`, label: '12356' });
    for (const [q, n] of Object.entries({ ...set.emergency[language], ...set.more.emergency[language] })) out.push({ query: q, language, list: `set ${n} ${language}`, label: n });
    for (const q of set.calm[language]) out.push({ query: String(q), language, list: `set calm ${language}`, label: null });
  }
  for (const name of readdirSync(new URL('content/safety-training/', root)).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = parse(text(`content/safety-training/${name}`)) as TrainingFile;
    for (const p of phrasingsOf(file)) out.push({ query: p.query, language: p.language, list: `${name} ${p.kind} ${p.language}`, label: p.label });
  }
  // The search's own questions, but those a pattern answers as an emergency (被困电梯里 → 119): no calm example says what a pattern says is danger.
  const emergency = compileLine(
    safety.emergency.numbers.flatMap((e) => [...e.words.zh, ...e.words.en, ...e.patterns.zh, ...e.patterns.en]),
    {},
    safety.recognition,
  );
  const searches = (parse(text('tests/search/queries.yaml')) as { q: unknown; expect: unknown }[]).filter((q) => String(q.expect) !== safety.crisis.dial).map((q) => String(q.q));
  for (const q of searches) if (!emergency(read(simplified(q)))) out.push({ query: q, language: languageOf(q), list: 'searches', label: null });
  const lines = catalogueSchema.parse(parse(text('content/catalogue.yaml'))).filter((h) => h.number !== safety.crisis.dial);
  for (const h of lines) {
    for (const w of [h.name, h.shortName, h.englishName, ...(h.keywords ?? []), ...(h.englishKeywords ?? [])]) if (typeof w === 'string') out.push({ query: w, language: languageOf(w), list: 'catalogue', label: null });
    // The same words asked the way a person asks (我想…, I want to…): saying "I" and "want" is no danger in itself.
    for (const k of h.keywords) for (const p of ASKED.zh) out.push({ query: p + k, language: 'zh-Hans', list: 'catalogue asked', label: null });
    for (const k of h.englishKeywords ?? []) for (const p of ASKED.en) out.push({ query: `${p} ${k}`, language: 'en', list: 'catalogue asked', label: null });
  }
  return out.map(({ query, language, list, label }) => ({ query, language, list, example: { text: read(simplified(query)), label } }));
}

/** The model as written to content/safety-model.json: a feature a line, so that a retraining's diff is read feature by feature. */
export const modelJson = (model: SafetyModel) =>
  `{"classes":${JSON.stringify(model.classes)},"bias":${JSON.stringify(model.bias)},"weights":{\n${Object.entries(model.weights)
    .map(([f, w]) => `${JSON.stringify(f)}:${JSON.stringify(w)}`)
    .join(',\n')}\n}}\n`;

/** The share of `n` of `all`, as a percentage with one decimal. */
const pct = (n: number, all: number) => (all === 0 ? '—' : `${((100 * n) / all).toFixed(1)} %`);

/** A table row per kind and language: danger found (the model's own kind, or any danger) and ordinary questions alarmed. */
function table(rows: { language: Language; label: string | null; answer: string | null; list: string }[], title: string): string[] {
  const lines = [`${title}`, '| kind | language | phrasings | its own number first | any danger answer | alarmed (calm) |', '| --- | --- | --- | --- | --- | --- |'];
  for (const label of [...TRAINING.classes, null]) {
    for (const language of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const of = rows.filter((r) => r.label === label && r.language === language);
      if (of.length === 0) continue;
      const kind = label ?? 'calm';
      if (label === null) lines.push(`| ${kind} | ${language} | ${of.length} | | | ${pct(of.filter((r) => r.answer !== null).length, of.length)} |`);
      else lines.push(`| ${kind} | ${language} | ${of.length} | ${pct(of.filter((r) => r.answer === label).length, of.length)} | ${pct(of.filter((r) => r.answer !== null).length, of.length)} | |`);
    }
  }
  return lines;
}

/** The safety check's answer (patterns first, then `model`), for the cross-validation of the whole check. */
async function checkWith(model: SafetyModel | null) {
  const { catalogueWithSafety } = await import('../tests/support/catalogue-search.ts');
  const { createSafetyCheck } = await import('../src/lib/search/safety.ts');
  const check = createSafetyCheck(catalogueWithSafety(model));
  return (q: string) => check(q)[0]?.number ?? null;
}

const USAGE = 'usage: npm run safety:train [-- --cv | -- --test FILE.yaml]';

/** A held-out file's phrasings, or a sentence saying why there are none (missing, unreadable, not a training file). */
function heldOut(file: string): ReturnType<typeof phrasingsOf> | string {
  if (!existsSync(file)) return `safety:train: ${file} does not exist; ${USAGE}`;
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return `safety:train: ${file} is not YAML (${(error as Error).message.split('\n')[0]}); ${USAGE}`;
  }
  const phrasings = data && typeof data === 'object' ? phrasingsOf(data as TrainingFile) : [];
  return phrasings.length > 0 ? phrasings : `safety:train: ${file} holds no phrasings: expected lists under ${Object.keys(KINDS).join(', ')}, each by zh-Hans, zh-Hant and en, as content/safety-training/ has them`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = (() => {
    try {
      return parseArgs({ options: { cv: { type: 'boolean' }, test: { type: 'string' } } }).values;
    } catch (error) {
      console.error(`safety:train: ${(error as Error).message}; ${USAGE}`);
      process.exit(2);
    }
  })();
  const held = args.test === undefined ? [] : heldOut(args.test);
  if (typeof held === 'string') {
    console.error(held);
    process.exit(2);
  }
  const all = examples();
  const started = performance.now();
  if (args.cv) {
    // Only what a person types counts in the table: the catalogue's names and keywords train but are not scored.
    const k = 5;
    const fold = foldsOf(
      all.map((e) => e.list),
      k,
    );
    const models = foldModels(
      all.map((e) => e.example),
      TRAINING,
      fold,
    );
    const checks = await Promise.all(models.map(checkWith));
    const patterns = await checkWith(null);
    // Scored: what a person types in words (the catalogue's names train but are not scored; digits are the search's).
    const scored = all.map((e, i) => ({ ...e, i })).filter((e) => !e.list.startsWith('catalogue') && e.example.label !== '122' && /[a-z\p{Script=Han}]/iu.test(e.query));
    // The thresholds: the model is asked only where no pattern matched, so each kind's threshold is read off the
    // out-of-fold scores there — the lowest that lets at most n ordinary questions through.
    const unmatched = scored.filter((e) => patterns(e.query) === null);
    const scores = unmatched.map((e) => scoreText(models[fold[e.i]!]!, e.example.text));
    console.log(`Thresholds, out of fold, where no pattern matched (${unmatched.length} phrasings): the score at which n ordinary questions alarm, and the danger then found`);
    TRAINING.classes.forEach((kind, k) => {
      const calm = unmatched.flatMap((e, j) => (e.example.label === null ? [scores[j]![k]!] : [])).sort((a, b) => b - a);
      const mine = unmatched.flatMap((e, j) => (e.example.label === kind ? [scores[j]![k]!] : []));
      const at = [0, 2, 4, 10, 16].map((n) => `≤${n}: ${(calm[n]! / 10 + TRAINING.threshold[k]!).toFixed(1)} → ${pct(mine.filter((s) => s > calm[n]!).length, mine.length)}`);
      console.log(`  ${kind} (${mine.length} danger, ${calm.length} calm): ${at.join(' | ')}`);
    });
    console.log();
    const rows = (answer: (e: (typeof scored)[number]) => string | null) => scored.map((e) => ({ language: e.language, label: e.example.label, list: e.list, answer: answer(e) }));
    console.log(table(rows((e) => dangerOf(models[fold[e.i]!]!, e.example.text)), `The model alone, ${k}-fold (${all.length} examples, ${scored.length} scored):`).join('\n'));
    console.log();
    console.log(table(rows((e) => checks[fold[e.i]!]!(e.query)), `The safety check (patterns, then the fold's model), ${k}-fold:`).join('\n'));
    console.log();
    console.log(table(rows((e) => patterns(e.query)), 'The patterns alone:').join('\n'));
    // What the overrule (safety.ts: a pattern's answer giving way to a confident calm score in a query about a show, a
    // sale, a job or a pet) took away, with the fold's highest score less its threshold: CALM is set above every danger's.
    const overruled = scored.filter((e) => patterns(e.query) !== null && checks[fold[e.i]!]!(e.query) === null);
    const highest = (e: (typeof scored)[number]) => Math.max(...scoreText(models[fold[e.i]!]!, e.example.text));
    console.log(`\nOverruled by a calm score: ${overruled.filter((e) => e.example.label === null).length} ordinary questions, ${overruled.filter((e) => e.example.label !== null).length} danger`);
    for (const e of overruled) console.log(`  ${e.example.label ?? 'calm'} (${highest(e)})  ${e.query}`);
    const missed = scored.filter((e) => checks[fold[e.i]!]!(e.query) !== e.example.label);
    console.log(`\nwrong through the check: ${missed.length}`);
    for (const e of missed) console.log(`  ${e.example.label ?? 'calm'} → ${checks[fold[e.i]!]!(e.query) ?? 'none'}  ${e.query}  (${e.list})`);
  } else if (args.test !== undefined) {
    const model = trainModel(
      all.map((e) => e.example),
      TRAINING,
    );
    const { catalogueWithSafety } = await import('../tests/support/catalogue-search.ts');
    const { createSearch } = await import('../src/lib/search/rank.ts');
    const phrasings = held;
    for (const [name, m] of [['patterns alone', null], ['committed model', undefined], ['model trained now', model]] as const) {
      const search = createSearch(catalogueWithSafety(m));
      const rows = phrasings.map((p) => {
        const results = search(p.query);
        const first = results[0];
        const alarmed = first?.notice?.urgent === true || results.some((r) => r.whole) || first?.number === '12356';
        const answer = !alarmed ? null : p.label === '12356' ? (first?.number === '12356' && first.notice?.dial.join() === '110,120' ? '12356' : 'other') : first?.notice?.dial.join() === first?.number ? (first?.number ?? null) : 'other';
        return { language: p.language, label: p.label, list: p.kind, answer, query: p.query };
      });
      const danger = rows.filter((r) => r.label !== null);
      const calm = rows.filter((r) => r.label === null);
      console.log(`\n${args.test}, the whole search, ${name}: ${pct(danger.filter((r) => r.answer === r.label).length, danger.length)} of ${danger.length} danger phrasings with their own number first; ${pct(danger.filter((r) => r.answer !== null).length, danger.length)} with a danger answer; ${calm.filter((r) => r.answer !== null).length} of ${calm.length} calm alarmed`);
      if (name !== 'committed model') {
        console.log(table(rows, '').slice(1).join('\n'));
        for (const r of rows.filter((r) => r.answer !== r.label)) console.log(`  ${r.label ?? 'calm'} → ${r.answer ?? 'none'}  ${r.query}`);
      }
    }
  } else {
    const model = trainModel(
      all.map((e) => e.example),
      TRAINING,
    );
    writeFileSync(new URL('content/safety-model.json', root), modelJson(model));
    const wrong = all.filter((e) => dangerOf(model, e.example.text) !== e.example.label);
    console.log(`content/safety-model.json: ${Object.keys(model.weights).length} features × ${model.classes.join(', ')}, ${JSON.stringify(model).length} bytes, from ${all.length} examples, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log(`not said by the model alone: ${wrong.filter((e) => e.example.label !== null).length} danger (the patterns find most); alarms on calm: ${wrong.filter((e) => e.example.label === null).map((e) => e.query).join(' | ') || 'none'}`);
    model.classes.forEach((c, k) => {
      const top = Object.entries(model.weights).sort((a, b) => b[1][k]! - a[1][k]!).slice(0, 15).map(([f, w]) => `${f.trim()} ${w[k]}`);
      console.log(`${c} heaviest: ${top.join(', ')}`);
    });
  }
}
