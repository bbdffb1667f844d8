import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/content/data-error.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { loadSafety } from '../../../src/lib/content/safety.ts';
import { isRegion, repoRoot } from '../../support/load-fixture.ts';

const safetyOf = (dir: string) => loadSafety(dir, loadContent(dir, isRegion, repoRoot), repoRoot);

describe('content/safety.yaml', () => {
  it('the real file: the four emergency numbers, the crisis line and its sources, quotes found in their documents', () => {
    const safety = safetyOf(`${repoRoot}content`);
    expect(safety.emergency.numbers.map((e) => e.number)).toEqual(['110', '119', '120', '122']);
    expect(safety.emergency.quotes).toEqual([{ source: 'quanzhou-2021', text: '除110、119、120、122等紧急热线外' }]);
    expect(safety.crisis).toMatchObject({ dial: '12356', urgent: ['110', '120'], hours: { quote: '每日提供不少于18小时心理援助服务' } });
    // The crisis vocabulary is more than the one word 自杀: indirect phrasing in both languages.
    expect(safety.crisis.words.zh.length).toBeGreaterThanOrEqual(30);
    expect(safety.crisis.words.en.length).toBeGreaterThanOrEqual(15);
    // Patterns with gaps for every line, and where each vocabulary was researched.
    expect(safety.crisis.patterns.zh.length).toBeGreaterThanOrEqual(30);
    for (const e of safety.emergency.numbers) expect(e.patterns.zh.length + e.patterns.en.length, e.number).toBeGreaterThan(0);
    expect(safety.research.flatMap((r) => r.sources.map((s) => s.outlet))).toContain('PeerJ');
  });

  it('refuses an emergency number that is a merged line, an unknown crisis line, a number to call that is no emergency number, a pattern it cannot read, and a misquote', () => {
    const dir = `${repoRoot}tests/fixtures/broken-safety/content`;
    let message = '';
    try {
      safetyOf(dir);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      message = error.message;
    }
    expect(message).toMatchInlineSnapshot(`
      "The data in content/ has 6 problems; nothing was built.
        - tests/fixtures/broken-safety/content/safety.yaml:6, field "emergency.numbers.0.number": found 12369; expected an emergency number the merge left out, not a line of content/catalogue.yaml.
        - tests/fixtures/broken-safety/content/safety.yaml:18, field "crisis.dial": found 12356; expected a number listed in content/catalogue.yaml: add it there first.
        - tests/fixtures/broken-safety/content/safety.yaml:19, field "crisis.urgent.0": found 120; expected one of the emergency numbers above (12369).
        - tests/fixtures/broken-safety/content/safety.yaml:24, field "crisis.patterns.zh.0": found "。。 … 活"; expected Chinese characters in every part ("。。" has none).
        - tests/fixtures/broken-safety/content/safety.yaml:24, field "crisis.patterns.zh.1": found "want to … die"; expected a Chinese pattern here: this English one belongs under en.
        - tests/fixtures/broken-safety/content/safety.yaml:11, field "emergency.quotes.0.text": found "于2021年12月30日前停止话务服务", which test-list.txt does not contain; expected the document's words exactly (spaces, line breaks and full/half-width forms aside); the closest passage there is "于2021年11月30日前停止话务服务"."
    `);
  });

  it('a missing file stops the build with one sentence', () => {
    expect(() => loadSafety(`${repoRoot}tests/fixtures/broken-mode/content`, { catalogue: [], lists: [] }, repoRoot)).toThrow(
      'tests/fixtures/broken-mode/content/safety.yaml: found no such file; expected what the site says to a person in danger',
    );
  });
});
