import { describe, expect, it } from 'vitest';
import { allDayPromise } from '../../../src/lib/engine/all-day.ts';
import { regionLines, resolveList } from '../../../src/lib/engine/resolve.ts';
import type { Rule } from '../../../src/lib/schema/list.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { isRegion, repoRoot } from '../../support/load-fixture.ts';

const subcenter = { mode: 'subcenter' as const, schedule: null, remarks: [] as string[], exception: null };

describe('allDayPromise', () => {
  it('quotes the clause of the row that promises 7×24, however the document writes it', () => {
    expect(allDayPromise({ ...subcenter, remarks: ['保留号码和话务座席，建立转接机制，提供7×24小时服务，共建共享知识库。'] }, [])).toBe('提供7×24小时服务');
    expect(allDayPromise({ ...subcenter, remarks: ['提供 7 × 24 小时服务'] }, [])).toBe('提供 7 × 24 小时服务');
  });

  it('takes a rule the document gives for every sub-centre, but not one for another mode', () => {
    const rule: Rule = { label: '备注', mode: 'subcenter', text: '设分中心 ：…与 12345 热线建立电话转接机制，提供“7*24 小时”全天候人工服务。' };
    expect(allDayPromise(subcenter, [rule])).toBe('提供“7*24 小时”全天候人工服务');
    expect(allDayPromise(subcenter, [{ ...rule, mode: 'parallel' }])).toBeNull();
  });

  it('finds no promise where the document speaks of transfer and knowledge bases but not of hours', () => {
    const quanzhou: Rule = { mode: 'subcenter', text: '以上热线与 12345 热线建立电话转接机制，实现“双向一键转接”“三方通话”等功能，共建共享知识库。' };
    expect(allDayPromise({ ...subcenter, remarks: ['设专家座席'] }, [quanzhou])).toBeNull();
  });

  it('gives no promise to a line that is not a sub-centre, even where its row says 7×24', () => {
    expect(allDayPromise({ ...subcenter, mode: 'parallel', remarks: ['提供7×24小时服务'] }, [])).toBeNull();
  });
});

describe('the five lists’ sub-centres', () => {
  const { lists } = loadContent(`${repoRoot}content`, isRegion, repoRoot);
  const byRegion = new Map(lists.map((l) => [l.region, l]));
  const subcentres = (code: string, parent: string | null) =>
    regionLines(code, resolveList({ code, parent }, byRegion)).filter((l) => l.mode === 'subcenter');

  it('福建, 潮州 and 四川 promise 7×24 for every sub-centre, and so do the regions that inherit 福建’s list', () => {
    for (const [code, parent] of [['350000', null], ['445100', '440000'], ['510000', null], ['350200', '350000'], ['510100', '510000']] as const) {
      const lines = subcentres(code, parent);
      expect(lines.length, code).toBeGreaterThan(0);
      for (const line of lines) expect(line.allDay, `${code} ${line.number}`).toMatch(/7\s*[×*]\s*24/);
    }
  });

  it('吉林, the regions inheriting it, and 泉州’s own plan promise no hours', () => {
    for (const [code, parent] of [['220000', null], ['220100', '220000'], ['222400', '220000'], ['350500', '350000']] as const) {
      const lines = subcentres(code, parent);
      expect(lines.length, code).toBeGreaterThan(0);
      for (const line of lines) expect(line.allDay, `${code} ${line.number}`).toBeNull();
    }
  });
});
