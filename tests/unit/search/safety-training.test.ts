/**
 * The training text of the learned score (content/safety-training/*.yaml) through the safety check as a page
 * runs it (the real catalogue, content/safety.yaml and content/safety-model.json): a floor, not every phrasing.
 * The text trains the model, so these are figures on seen text; what the model does on text it never saw is
 * measured by `npm run safety:train -- --cv` and recorded in content/safety.yaml's research. The safety set
 * (safety-set.test.ts) is the one where every phrasing must be right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { phrasingsOf, type TrainingFile } from '../../../scripts/safety-train.ts';
import { createSafetyCheck } from '../../../src/lib/search/safety.ts';
import { repoRoot } from '../../support/load-fixture.ts';
import { catalogueWithSafety } from '../../support/catalogue-search.ts';

const dir = `${repoRoot}content/safety-training/`;
const phrasings = readdirSync(dir)
  .filter((n) => n.endsWith('.yaml'))
  .flatMap((n) => phrasingsOf(parse(readFileSync(dir + n, 'utf8')) as TrainingFile).map((p) => ({ ...p, file: n })));
const check = createSafetyCheck(catalogueWithSafety());
const answered = phrasings.map((p) => ({ query: p.query, file: p.file, label: p.label, answer: check(p.query)[0]?.number ?? null }));
const danger = answered.filter((a) => a.label !== null);
const calm = answered.filter((a) => a.label === null);

describe('the training text through the safety check', () => {
  it('holds phrasings of every kind in three languages', () => {
    for (const kind of ['crisis', 'medical', 'fire', 'police', 'calm'] as const) {
      for (const language of ['zh-Hans', 'zh-Hant', 'en'] as const) expect(phrasings.filter((p) => p.kind === kind && p.language === language).length, `${kind} ${language}`).toBeGreaterThanOrEqual(20);
    }
  });

  // Measured 2026-12-07: 88.7 % with their own number, 91.7 % with a danger answer (the thresholds' high bar leaves
  // some for the safety-net line); that evening, with the held-out rounds already read as training text, 88.2 % and
  // 90.6 % of 8,869. A floor a little below, so that a retraining that loses ground fails.
  it('answers at least 86 % of the danger phrasings with their own number, and 89 % with a danger answer', () => {
    const own = danger.filter((a) => a.answer === a.label).length / danger.length;
    const any = danger.filter((a) => a.answer !== null).length / danger.length;
    expect(own, danger.filter((a) => a.answer === null).map((a) => `${a.label} ${a.query}`).join('\n')).toBeGreaterThanOrEqual(0.86);
    expect(any).toBeGreaterThanOrEqual(0.89);
  });

  // Measured 2026-12-07: 28 of 1,735 (1.6 %), every one a pattern's (the training text's ordinary questions are written
  // to sit close to danger: 救护车能不能随便拦, can police find my stolen scooter); that evening 77 of 5,005 (1.5 %).
  it('alarms on fewer than 2 % of the ordinary questions, and the learned score alone on none', () => {
    const alarmed = calm.filter((a) => a.answer !== null);
    expect(alarmed.length / calm.length, alarmed.map((a) => `${a.answer} ${a.query}`).join('\n')).toBeLessThan(0.02);
    const patterns = createSafetyCheck(catalogueWithSafety(null));
    expect(alarmed.filter((a) => patterns(a.query).length === 0).map((a) => `${a.answer} ${a.query}`)).toEqual([]);
  });
});
