/**
 * The one gate against a data editor's slip: every list in content/ is read again from its own document by
 * the importer's reader, and a list that says otherwise is refused, naming the list file, the row, what it
 * found and what the document reads. Each slip is made in a copy of content/, as an editor would make it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { DataError, formatProblem } from '../../src/lib/content/data-error.ts';
import { documentProblems } from '../../src/lib/content/document-check.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of content/ with edits made to one list file's text, as an editor types them. */
function copyWith(file: string, ...edits: ((text: string) => string)[]): string {
  const root = mkdtempSync(join(tmpdir(), 'document-check-'));
  copies.push(root);
  cpSync(`${repoRoot}content`, join(root, 'content'), { recursive: true });
  const path = join(root, 'content/lists', file);
  writeFileSync(path, edits.reduce((text, edit) => edit(text), readFileSync(path, 'utf8')));
  return root;
}

/** Sets the mode of the row with this number (the first `mode:` after its `number:`). */
const setMode = (number: string, mode: string) => (text: string) => {
  const at = text.indexOf(`number: ${number}\n`);
  expect(at, number).toBeGreaterThan(-1);
  const from = text.indexOf('mode: ', at);
  return text.slice(0, from) + text.slice(from).replace(/^mode: \w+/u, `mode: ${mode}`);
};

/** What `checkContent` refuses in a copy, one problem a line; '' when it passes. */
function refusal(root: string): string {
  try {
    checkContent(join(root, 'content'), isRegion, root);
    return '';
  } catch (error) {
    if (error instanceof DataError) return error.message;
    throw error;
  }
}

describe('every list in content/, read again from its own document', () => {
  it('agrees with it, or records why not', () => {
    expect(() => checkContent(`${repoRoot}content`, isRegion, repoRoot)).not.toThrow();
  });
});

describe('a slip in a list stops the gate, naming the list file and the row', () => {
  it('a remark misquoted (潮州: 须设 → 无须设)', () => {
    const message = refusal(copyWith('445100-chaozhou.yaml', (t) => t.replace('已并入，须设专家座席', '已并入，无须设专家座席')));
    expect(message).toContain('content/lists/445100-chaozhou.yaml:');
    expect(message).toMatch(/row 11 \(12333\), field "remarks\.0": found "已并入，无须设专家座席", which chaozhou-2021\.txt does not contain; expected .*已并入，须设专家座席/u);
    expect(message).toContain('content/lists/445100-chaozhou.yaml:142, row 11 (12333), field "remarks": found ["已并入，无须设专家座席"]; expected "已并入，须设专家座席", as content/sources/chaozhou-2021.txt line 23 reads');
  });

  it('a deadline its own text contradicts (潮州: "8 月底" stored as 2021-09-30)', () => {
    const message = refusal(copyWith('445100-chaozhou.yaml', (t) => t.replace('deadline: 2021-08-31, label: 完成时间, text: 8 月底', 'deadline: 2021-09-30, label: 完成时间, text: 8 月底')));
    expect(message).toMatch(/content\/lists\/445100-chaozhou\.yaml:40, row 1 \(12396\), field "schedule\.deadline": found deadline 2021-09-30, which its text "8 月底" contradicts; expected deadline 2021-08-31/u);
    // The reader reads the same cell, and says so with the document's line.
    expect(message).toMatch(/row 1 \(12396\), field "schedule": found deadline 2021-09-30 \("8 月底"\); expected deadline 2021-08-31 \("8 月底"\), as content\/sources\/chaozhou-2021\.txt line \d+ reads/u);
  });

  it('two modes swapped, the counts unchanged (潮州: 12396 ↔ 12333)', () => {
    const message = refusal(copyWith('445100-chaozhou.yaml', setMode('12396', 'parallel'), setMode('12333', 'merged')));
    expect(message).toMatch(/content\/lists\/445100-chaozhou\.yaml:36, row 1 \(12396\), field "mode": found parallel; expected merged, as content\/sources\/chaozhou-2021\.txt line \d+ reads/u);
    expect(message).toMatch(/content\/lists\/445100-chaozhou\.yaml:136, row 11 \(12333\), field "mode": found merged; expected parallel/u);
  });

  it('two modes swapped in a list read from two sentences (广西: its first 整体并入 and first 双号并行 lines)', () => {
    const message = refusal(copyWith('450000-guangxi.yaml', setMode('12300', 'parallel'), setMode('12315', 'merged')));
    expect(message).toMatch(/content\/lists\/450000-guangxi\.yaml:\d+, row 1 \(12300\), field "mode": found parallel; expected merged, as content\/sources\/guangxi-2021\.txt line 11 reads/u);
    expect(message).toMatch(/content\/lists\/450000-guangxi\.yaml:\d+, row 1 \(12315\), field "mode": found merged; expected parallel, as content\/sources\/guangxi-2021\.txt line 12 reads/u);
  });

  it('a row the document lists but the list left out (counts and all), with the document’s line', () => {
    const { lists, catalogue } = loadContent(`${repoRoot}content`, isRegion, repoRoot);
    const fujian = lists.find((l) => l.region === '350000')!;
    const without = { ...fujian, lines: fujian.lines.filter((l) => l.number !== '12369') };
    const document = readFileSync(`${repoRoot}content/sources/${fujian.source.id}.txt`, 'utf8');
    const problems = documentProblems('content/lists/350000-fujian.yaml', without, document, 'content/sources/fujian-2021.txt', catalogue, () => 7).map(formatProblem);
    expect(problems).toEqual([expect.stringMatching(/^content\/lists\/350000-fujian\.yaml:7, row \d+ \(12369\): found no row for it; expected a row for 12369, which content\/sources\/fujian-2021\.txt line \d+ lists \(二、双号并行, 序号 2, parallel\)/u)]);
  });
});

describe('a reviewer’s decision', () => {
  /** Records decisions, each [number, field, read], before the list's history. */
  const decisions = (...made: [string, string, string][]) => (t: string) =>
    t.replace(/\nhistory:/u, `\nreaderDecisions:\n${made.map(([number, field, read]) => `  - { number: ${number}, field: ${field}, read: "${read}", why: a reviewer read the document otherwise }\n`).join('')}history:`);

  it('lets the list differ where it names the row, the field and what the reader reads', () => {
    expect(refusal(copyWith('445100-chaozhou.yaml', setMode('12396', 'parallel'), setMode('12333', 'merged'), decisions(['12396', 'mode', 'merged'], ['12333', 'mode', 'parallel'])))).toBe('');
  });

  it('covers nothing else, and is refused once nothing differs', () => {
    const other = refusal(copyWith('445100-chaozhou.yaml', setMode('12396', 'parallel'), setMode('12333', 'merged'), decisions(['12396', 'mode', 'subcenter'])));
    expect(other).toContain('row 1 (12396), field "mode": found parallel; expected merged');
    expect(other).toContain('field "readerDecisions.0": found a decision for 12396, mode, read "subcenter", which matches no difference');
  });

  it('for 广西’s 12343 (no source identifies it) is what lets the list leave it out', () => {
    expect(refusal(copyWith('450000-guangxi.yaml', (t) => t.replace(/\nreaderDecisions:[\s\S]*?\nhistory:/u, '\nhistory:')))).toMatch(
      /content\/lists\/450000-guangxi\.yaml:\d+, row 8 \(12343\): found no row for it; expected a row for 12343, which content\/sources\/guangxi-2021\.txt line 11 lists/u,
    );
  });
});
