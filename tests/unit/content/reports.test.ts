import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReports } from '../../../src/lib/content/reports.ts';
import { DataError } from '../../../src/lib/content/data-error.ts';
import { allRegions } from '../../../src/lib/places/regions.ts';

const codes = new Set(allRegions().map((r) => r.code));
const isRegion = (code: string) => codes.has(code);

/** A copy of the real reports, plans and texts, edited by `edit` (file → its new text), then loaded. */
function problemsAfter(edit: Record<string, (text: string) => string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'reports-'));
  try {
    for (const part of ['reports', 'report-texts', 'plans.yaml', 'reports-review.yaml']) cpSync(join('content', part), join(dir, part), { recursive: true });
    for (const [file, change] of Object.entries(edit)) writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
    loadReports(dir, isRegion, dir);
    return [];
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return error.problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.field ?? ''}: found ${p.found}; expected ${p.expected}`);
  } finally {
    rmSync(dir, { recursive: true });
  }
}

describe('loadReports on content/', () => {
  const { reports, plans } = loadReports('content', isRegion);

  it('publishes the leads that held up, each with its outlet, date and words', () => {
    const byId = new Map(reports.map((r) => [r.id, r]));
    expect(byId.get('jiangsu-2022-02-07')).toMatchObject({ regions: ['320000'], outlet: '人民网', date: '2022-02-07', readAt: { mirror: false } });
    expect(byId.get('cangzhou-2021-09-15')?.says[0]).toMatchObject({ numbers: ['96119'], says: 'cancelled', effective: '2021-09-20' });
    expect(byId.get('xiongan-2021-10-30')).toMatchObject({ outlet: '中国雄安官网', url: null, readAt: { mirror: true } });
    expect(byId.get('shantou-2021-09-23')?.says[0]?.counts).toEqual({ merged: 24, parallel: 1, subcenter: 5 });
    expect(plans.map((p) => p.documentNumber)).toEqual(expect.arrayContaining(['粤办〔2021〕216号', '周政办〔2021〕21号', '鄂府办发〔2021〕53号']));
  });

  it('holds every word of every report in the text we read, character for character', () => {
    for (const r of reports) {
      const text = readFileSync(`content/report-texts/${r.text}.txt`, 'utf8');
      for (const claim of r.says) for (const w of claim.words) expect(text, r.id).toContain(w);
    }
  });
});

describe('loadReports stops the build, naming file and field', () => {
  it('for words the text does not hold, with the closest passage there', () => {
    const problems = problemsAfter({ 'reports/cangzhou-2021-09-15.yaml': (t) => t.replace('全部取消号码', '已经取消号码') });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^reports\/cangzhou-2021-09-15\.yaml:\d+ says\[0\]\.words\[2\]: found "需整体并入的8个短号码热线,已经取消号码.*cangzhou-2021-09-15\.txt does not contain.*closest passage/);
  });

  it('for a number or a count its words do not give, an unknown region, a missing text and a wrong id', () => {
    const problems = problemsAfter({
      'reports/shantou-2021-09-23.yaml': (t) => t.replace('merged: 24', 'merged: 25').replace('regions: ["440500"]', 'regions: ["440599"]'),
      'reports/cangzhou-2021-09-15.yaml': (t) => t.replace('numbers: ["96119"]', 'numbers: ["96119", "12333"]').replace('id: cangzhou-2021-09-15', 'id: cangzhou'),
      'reports/daye-2021-12-31.yaml': (t) => t.replace('text: daye-2021-12-31', 'text: daye-missing'),
    });
    expect(problems.join('\n')).toMatchInlineSnapshot(`
      "reports/cangzhou-2021-09-15.yaml:4 id: found "cangzhou"; expected the file's name, "cangzhou-2021-09-15"
      reports/cangzhou-2021-09-15.yaml:17 says[0].numbers[1]: found 12333, which its words do not name; expected only the numbers the quoted words name: quote the words that name it, or leave it out
      reports/daye-2021-12-31.yaml:17 text: found "daye-missing", but report-texts/daye-missing.txt does not exist; expected the text we read, saved byte for byte as content/report-texts/{text}.txt
      reports/shantou-2021-09-23.yaml:4 regions[0]: found "440599"; expected the code of a province or prefecture the site has a page for (GB/T 2260)
      reports/shantou-2021-09-23.yaml:17 says[0].counts.merged: found 25, which its words do not give; expected the count as the quoted words give it"
    `);
  });

  it('for a report that is not one: no words, a verdict word not in the schema, counts without says: counts', () => {
    const problems = problemsAfter({
      'reports/jiangsu-2022-02-07.yaml': (t) => t.replace('says: merged', 'says: closed'),
      'reports/shantou-2021-09-23.yaml': (t) => t.replace('says: counts', 'says: merged'),
    });
    expect(problems.join('\n')).toContain('jiangsu-2022-02-07.yaml:18 says[0].says: found "closed"; expected one of cancelled (取消号码)');
    expect(problems.join('\n')).toContain('shantou-2021-09-23.yaml:17 says[0].counts: found');
    expect(problems).toHaveLength(2);
  });

  it('for a plan whose title or 文号 is not in its text, and a review naming what does not exist', () => {
    const problems = problemsAfter({
      'plans.yaml': (t) => t.replace('documentNumber: 周政办〔2021〕21号', 'documentNumber: 周政办〔2021〕12号'),
      'reports-review.yaml': (t) => t.replace('found: [jiangsu-2022-02-07]', 'found: [jiangsu-2022]').replace('province: "320000"', 'province: "320100"'),
    });
    expect(problems.join('\n')).toMatch(/plans\.yaml:\d+ plans\[2\]\.documentNumber: found "周政办〔2021〕12号", which zhoukou-plan-2021\.txt does not contain/);
    expect(problems.join('\n')).toMatch(/reports-review\.yaml:\d+ provinces\[0\]\.province: found "320100"; expected a province’s code/);
    expect(problems.join('\n')).toMatch(/reports-review\.yaml:\d+ provinces\[0\]\.found\[0\]: found "jiangsu-2022"/);
  });
});
