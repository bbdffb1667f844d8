import { describe, expect, it } from 'vitest';
import { locateRows, type CitedRow } from '../../../src/lib/sources/locate.ts';

const row = (section: string, n: number | null, number: string | null, name = ''): CitedRow => ({ section, row: n, number, name });
/** What each location covers, and its key, as text. */
const found = (text: string, rows: CitedRow[]) =>
  locateRows(text, rows).map((l) => l && { kind: l.kind, text: text.slice(l.start, l.end), key: text.slice(l.key.start, l.key.end) });

describe('locateRows', () => {
  it('finds a table row by its 序号 and number, under its section, as the whole line', () => {
    const text = ['通知', '一、整体并入', '序号\t号码\t单位', '1\t12396 科技\t市科技局\t', '2\t12301 旅游\t市文旅局', '二、双号并行', '1\t12369\t市环境局'].join('\n');
    expect(found(text, [row('一、整体并入', 1, '12396'), row('一、整体并入', 2, '12301'), row('二、双号并行', 1, '12369')])).toEqual([
      { kind: 'line', text: '1\t12396 科技\t市科技局', key: '12396' },
      { kind: 'line', text: '2\t12301 旅游\t市文旅局', key: '12301' },
      { kind: 'line', text: '1\t12369\t市环境局', key: '12369' },
    ]);
  });

  it('passes over prose, other rows’ remarks and a number inside a longer one', () => {
    const text = ['一、整体并入', '12369 在正文里提到。', '1\t123690\t甲', '2\t12301\t乙\t与 12369 同时进行', '3\t12369\t丙'].join('\n');
    expect(found(text, [row('一、整体并入', 3, '12369')])).toEqual([{ kind: 'line', text: '3\t12369\t丙', key: '12369' }]);
  });

  it('links the number’s own cell, not a name that repeats it', () => {
    const text = ['一、整体并入', '11\t12315市场监管投诉举报热线\t12315\t省市场监管厅'].join('\n');
    expect(found(text, [row('一、整体并入', 11, '12315')])[0]?.key).toBe('12315');
    const at = locateRows(text, [row('一、整体并入', 11, '12315')])[0]!;
    expect(text.slice(at.key.start - 1, at.key.end + 1)).toBe('\t12315\t');
  });

  it('finds a row printed without 序号, and a row without a number by its name', () => {
    const text = ['## 二、双号并行', '5\t公积金\t12329', '\t分中心\t96889', '二', '三、其他', '2\t各部门\t/\t其他自设热线'].join('\n');
    expect(found(text, [row('二、双号并行', 5, '12329'), row('二、双号并行', null, '96889'), row('三、其他', 2, null, '其他自设热线')])).toEqual([
      { kind: 'line', text: '5\t公积金\t12329', key: '12329' },
      { kind: 'line', text: '\t分中心\t96889', key: '96889' },
      { kind: 'line', text: '2\t各部门\t/\t其他自设热线', key: '其他自设热线' },
    ]);
  });

  it('finds the entries of a cell that lists several lines, each up to the next number or markup', () => {
    const text = ['一、整体并入（取消号码）', '热线\t进度', '部委热线： 12396 科技电话 12315 12315 市场热线 <p>12393 医保</p>\t10月1日起，注销 12345 以外', '<p>自设的热线</p>\t8月1日起'].join('\n');
    const rows = [row('一、整体并入', 1, '12396'), row('一、整体并入', 2, '12315'), row('一、整体并入', 3, '12393'), row('一、整体并入', null, null, '自设的热线')];
    expect(found(text, rows)).toEqual([
      { kind: 'cell', text: '12396 科技电话', key: '12396' },
      { kind: 'cell', text: '12315 12315 市场热线', key: '12315' },
      { kind: 'cell', text: '12393 医保', key: '12393' },
      { kind: 'cell', text: '自设的热线', key: '自设的热线' },
    ]);
  });

  it('gives null for a row that is not there: wrong 序号, missing number, section or order', () => {
    const text = ['一、整体并入', '1\t12396\t甲', '2\t12301\t乙', '二、双号并行', '1\t12369\t丙'].join('\n');
    expect(locateRows(text, [row('一、整体并入', 3, '12396')])).toEqual([null]);
    expect(locateRows(text, [row('一、整体并入', 1, '12399')])).toEqual([null]);
    expect(locateRows(text, [row('三、设分中心', 1, '12396')])).toEqual([null]);
    // 12369 is under 二, not 一: a section ends where the list's next one begins.
    expect(locateRows(text, [row('一、整体并入', 1, '12369'), row('二、双号并行', 1, '12369')])[0]).toBeNull();
    // The list's order is the document's: a row is looked for after the one before it.
    expect(locateRows(text, [row('一、整体并入', 2, '12301'), row('一、整体并入', 1, '12396')])[1]).toBeNull();
  });
});
