import { describe, expect, it } from 'vitest';
import { documentBlocks, type DocumentLine } from '../../../src/lib/sources/document-blocks.ts';
import { locateRows, type CitedRow } from '../../../src/lib/sources/locate.ts';

const row = (section: string, n: number | null, number: string | null, name = ''): CitedRow => ({ section, row: n, number, name });
const blocksOf = (text: string, rows: CitedRow[]) => documentBlocks(text, locateRows(text, rows));
/** A line in brief: `[row] cell | cell`, an entry as `<row:…>`, a linked number as `{…}`, a heading with `#`. */
const brief = (line: DocumentLine) =>
  `${line.heading ? '# ' : ''}${line.row === null ? '' : `[${line.row}] `}` +
  line.cells.map((c) => c.map((s) => (s.row === null ? '' : `<${s.row}:`) + s.pieces.map((p) => (p.link === null ? p.text : `{${p.text}}`)).join('') + (s.row === null ? '' : '>')).join('')).join(' | ');

describe('documentBlocks', () => {
  it('keeps paragraphs, and makes consecutive tab lines a table whose lines before the first cited row are its head', () => {
    const text = ['附件', '', '## 一、整体并入', '序号\t号码\t备注', '1\t12396\t', '2\t12301\t已并入', '', '抄送：各部门'].join('\n');
    const blocks = blocksOf(text, [row('一、整体并入', 1, '12396'), row('一、整体并入', 2, '12301')]);
    expect(blocks.map((b) => (b.kind === 'paragraph' ? brief(b.line) : { head: b.head.map(brief), body: b.body.map(brief) }))).toEqual([
      '附件',
      '# 一、整体并入',
      // The empty last cell stays: it keeps the table's columns.
      { head: ['序号 | 号码 | 备注'], body: ['[0] 1 | {12396} | ', '[1] 2 | {12301} | 已并入'] },
      '抄送：各部门',
    ]);
    // Each line knows its place in the file: a paragraph's anchor (#line-8) points at it.
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.line.line : b.body.map((l) => l.line)))).toEqual([1, 3, [5, 6], 8]);
  });

  it('marks each entry of a cell that lists several lines, and reads <p> as line breaks', () => {
    const text = ['一、整体并入', '热线\t进度', '<p>部委热线：</p> <p>12348 法律</p> <p>12315 12315 市场</p>\t<p>9月30日前</p> <p>10月16日起</p>'].join('\n');
    const [, table] = blocksOf(text, [row('一、整体并入', 1, '12348'), row('一、整体并入', 2, '12315')]);
    expect(table?.kind === 'table' && table.body.map(brief)).toEqual(['部委热线：\n<0:{12348} 法律>\n<1:{12315} 12315 市场> | 9月30日前\n10月16日起']);
  });

  it('is a table with no head when no row is cited in it', () => {
    const [table] = documentBlocks('甲\t乙\n丙\t丁', []);
    expect(table).toMatchObject({ kind: 'table', head: [] });
    expect(table?.kind === 'table' && table.body.map(brief)).toEqual(['甲 | 乙', '丙 | 丁']);
  });
});
