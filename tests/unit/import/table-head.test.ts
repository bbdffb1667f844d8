import { describe, expect, it } from 'vitest';
import { isTicked, joinedHead, subHead, tableHead } from '../../../src/lib/import/table-head.ts';

describe('tableHead and subHead', () => {
  it('recognises a head by two or more of the columns lists print', () => {
    const head = tableHead(['序号', '号码', '热线主管部门', '归并方式'])!;
    expect([...head.values()].map((c) => c.role)).toEqual(['serial', 'number', 'department', 'modeWords']);
    expect(tableHead(['1', '12396', '市科技局'])).toBeNull();
    expect(tableHead(['备注', '说明'])).toBeNull();
  });

  it('adds the modes’ tick columns printed on a second line under 整合方式', () => {
    const head = tableHead(['序号', '热线号码', '整合方式', '', '', '完成时间'])!;
    const both = subHead(head, ['', '', '整体并入', '双号并行', '设分中心', ''])!;
    expect([2, 3, 4].map((i) => both.get(i)?.mode)).toEqual(['merged', 'parallel', 'subcenter']);
    expect(both.get(5)).toEqual({ role: 'schedule', label: '完成时间' });
    expect(subHead(head, ['1', '12396', '整体并入', '', '', ''])).toBeNull();
  });

  it('joins a head printed over two lines, each place named on either (a mode’s name joined to 整合方式 above it)', () => {
    const upper = tableHead(['', '', '整合方式整体并入', '双号并行', '完成时间', ''])!;
    const both = joinedHead(upper, ['序号', '号码', '整合方式', '', '', '备注'])!;
    expect([...both].sort(([a], [b]) => a - b).map(([, c]) => c.mode ?? c.role)).toEqual(['serial', 'number', 'merged', 'parallel', 'schedule', 'remarks']);
    // Two lines naming one place otherwise are two heads, not one; a line that is no head adds nothing.
    expect(joinedHead(tableHead(['序号', '号码'])!, ['号码', '序号'])).toBeNull();
    expect(joinedHead(upper, ['1', '12396', '✓', '', '8 月底', ''])).toBeNull();
  });

  it('reads a tick in the ways documents print one', () => {
    expect(['✓', '√', ' ✔ ', '☑'].every(isTicked)).toBe(true);
    expect(['', '×', '是否'].some(isTicked)).toBe(false);
  });
});
