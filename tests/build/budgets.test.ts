import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, filesUnder, pageWeight } from '../../scripts/budgets.ts';
import { distDir } from '../support/dist.ts';
import { LOCALES, localeRoot } from '../../src/i18n/locales.ts';

describe('the size budgets of DESIGN.md, on dist/', () => {
  const report = checkBudgets(distDir);

  it('hold for every page, search file and the precache', () => {
    expect(report.broken).toEqual([]);
  });

  it('measured what they claim to (so the check above can fail)', () => {
    expect(report.answerPages).toBeGreaterThan(1000);
    // Every language's answer pages, not only the default's: English ones are the longest.
    const answersIn = (root: string) => filesUnder(distDir + root).filter((f) => /^\d{6}\/\d+\/index\.html$/.test(f)).length;
    expect(report.answerPages).toBe(LOCALES.reduce((n, l) => n + answersIn(localeRoot(l)), 0));
    expect(report.largestAnswer.htmlCss).toBeGreaterThan(1000);
    expect(report.largestJs.js).toBeGreaterThan(5000);
    expect(report.precache.files).toBeGreaterThan(10);
    // The place data of every language was measured: the English file, with romanised names, is the largest.
    expect(report.largestPlaces.file).toMatch(/search\/places\.json$/);
    expect(report.largestPlaces.gzip).toBeGreaterThan(10_000);
    // Former names and zones, a file of their own that loads only when a query finds no current name.
    expect(report.largestOtherNames.file).toMatch(/search\/other-names\.json$/);
    expect(report.largestOtherNames.gzip).toBeGreaterThan(500);
    // The sound table was measured in every language's folder, apart from the hotline files.
    expect(report.largestSounds.file).toMatch(/search\/sounds\.json$/);
    expect(report.largestSounds.gzip).toBeGreaterThan(5_000);
  });

  it('an answer page hydrates no island: only the small scripts for text size, offline and settings', () => {
    const answer = pageWeight(distDir, '/', `${distDir}350500/12369/index.html`);
    expect(answer.jsFiles.filter((f) => /preact|Search|Picker|client\./i.test(f))).toEqual([]);
    expect(answer.js).toBeLessThan(BUDGETS.pageJs / 5);
  });
});
