import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { isRegion, repoRoot } from '../../support/load-fixture.ts';

// The real content: the words citizens use for each line (content/catalogue.yaml) and, for a reassigned
// number, the words for its new service (content/changes/).
const content = loadContent(`${repoRoot}content`, isRegion, repoRoot);

describe('the citizens’ vocabulary of every line', () => {
  const lines = content.catalogue.map((h) => {
    const now = content.changes.find((c) => c.kind === 'reassigned' && c.numbers.includes(h.number))?.now.keywords;
    return { number: h.number, zh: [...h.keywords, ...(now?.zh ?? [])], en: [...h.englishKeywords, ...(now?.en ?? [])] };
  });

  // Enough for the old department names, compounds and English sentences people use; the search files' size budget holds the rest.
  it.each(lines.map((l) => [l.number, l] as const))('%s has 15 to 60 words in Chinese and in English, none twice', (_, line) => {
    for (const words of [line.zh, line.en]) {
      expect(words.length).toBeGreaterThanOrEqual(15);
      expect(words.length).toBeLessThanOrEqual(60);
      expect(new Set(words).size).toBe(words.length);
    }
  });

  it('says nothing of a reassigned number’s old service but its names, so no problem leads there', () => {
    // 12356 is the psychological assistance line now: 二胎 or 生育登记 must not find it as if it still handled them.
    const old = content.catalogue.find((h) => h.number === '12356')!;
    expect(old.keywords.every((w) => /计生|计划生育/.test(w))).toBe(true);
  });
});
