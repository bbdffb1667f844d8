/**
 * The national lines as a page's search file, with the real content/safety.yaml joined to it as the
 * built site joins them (in Chinese): what the search and safety unit tests rank queries over.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { catalogue } from '../../src/lib/schema/catalogue.ts';
import { change as changeSchema } from '../../src/lib/schema/change.ts';
import { nowWords } from '../../src/lib/search/build-entries.ts';
import { safety as safetySchema } from '../../src/lib/schema/safety.ts';
import { withSafety } from '../../src/lib/search/safety.ts';
import type { SafetyModel } from '../../src/lib/search/safety-model.ts';
import { buildSafetyFile } from '../../src/lib/search/safety-file.ts';
import { searchFile } from '../../src/lib/search/search-file.ts';
import { repoRoot } from './load-fixture.ts';

const hotlines = catalogue.parse(parse(readFileSync(`${repoRoot}content/catalogue.yaml`, 'utf8')));
const byNumber = new Map(hotlines.map((h) => [h.number, h]));
// The national changes, for the words a reassigned number is found by now (12356: 心理援助热线), as the build adds them.
const changes = readdirSync(`${repoRoot}content/changes`).map((name) => changeSchema.parse(parse(readFileSync(`${repoRoot}content/changes/${name}`, 'utf8'))));
const reassigned = (number: string) => changes.find((c) => c.kind === 'reassigned' && c.numbers.includes(number)) ?? null;

/** The search file of a page listing every national line, found by today's words, 12356 marked as the crisis line. */
export const catalogueFile = () =>
  searchFile(
    hotlines.map((h) => ({ number: h.number, aliases: [], name: null, label: h.shortName, department: null, href: `/n/${h.number}/`, verdict: '', now: nowWords(reassigned(h.number)), ...(h.number === '12356' ? { crisis: true as const } : {}) })),
    byNumber,
  );

/**
 * The safety file the build writes from content/safety.yaml and content/safety-model.json, in Chinese; with
 * `model`, that model instead (a model being trained and measured), or none with null (the patterns alone).
 */
export const safetyFile = (model?: SafetyModel | null) =>
  buildSafetyFile(safetySchema.parse({ ...parse(readFileSync(`${repoRoot}content/safety.yaml`, 'utf8')), ...(model === null ? {} : { model: model ?? JSON.parse(readFileSync(`${repoRoot}content/safety-model.json`, 'utf8')) }) }), byNumber, {
    emergency: (n) => `紧急电话，不在归并之列，请直接拨打 ${n}`,
    urgent: '有生命危险请立即拨打 110或120',
    self: '这就是 12345 政务服务便民热线',
    label: (name) => name.zh,
    href: (path) => `/${path}`,
  });

/** Both joined, as a page's search sees them. */
export const catalogueWithSafety = (model?: SafetyModel | null) => withSafety(catalogueFile(), safetyFile(model));
