import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, pageWeight } from '../../scripts/budgets.ts';
import { distDir } from '../support/dist.ts';

describe('the size budgets of DESIGN.md, on dist/', () => {
  const report = checkBudgets(distDir);

  it('hold for every page, search file and the precache', () => {
    expect(report.broken).toEqual([]);
  });

  it('measured what they claim to (so the check above can fail)', () => {
    expect(report.answerPages).toBeGreaterThan(1000);
    expect(report.largestAnswer.htmlCss).toBeGreaterThan(1000);
    expect(report.largestJs.js).toBeGreaterThan(5000);
    expect(report.precache.files).toBeGreaterThan(10);
  });

  it('an answer page hydrates no island: only the small scripts for text size, offline and settings', () => {
    const answer = pageWeight(distDir, '/', `${distDir}350500/12369/index.html`);
    expect(answer.jsFiles.filter((f) => /preact|Search|Picker|client\./i.test(f))).toEqual([]);
    expect(answer.js).toBeLessThan(BUDGETS.pageJs / 5);
  });
});
