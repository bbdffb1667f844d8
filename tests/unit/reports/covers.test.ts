import { describe, expect, it } from 'vitest';
import { covers, fillsSilence, reportedClaims, reportedNumbers } from '../../../src/lib/reports/covers.ts';
import { report as reportSchema, type Report } from '../../../src/lib/schema/report.ts';
import type { Change } from '../../../src/lib/schema/change.ts';

const make = (id: string, regions: string[], says: unknown[]): Report =>
  reportSchema.parse({ id, regions, outlet: '某报', title: '标题', date: '2021-09-15', readAt: { url: 'https://example.org/a', site: '某报', mirror: false }, text: id, says });
const province = make('province', ['320000'], [{ numbers: 'all', says: 'merged', words: ['全部归并到12345'] }, { numbers: ['96510'], says: 'merged', words: ['96510整体并入'] }]);
const city = make('city', ['130900'], [{ numbers: ['96119', '12333'], says: 'cancelled', words: ['96119、12333取消号码'] }, { numbers: 'all', says: 'counts', counts: { cancelled: 8 }, words: ['8个短号码'] }]);
const reports = [province, city];
const nanjing = { code: '320100', parent: '320000' };
const cangzhou = { code: '130900', parent: '130000' };

describe('covers', () => {
  it('speaks for the regions it names and the prefectures of the provinces it names, nothing else', () => {
    expect(covers(province, { code: '320000', parent: null })).toBe(true);
    expect(covers(province, nanjing)).toBe(true);
    expect(covers(province, { code: '330100', parent: '330000' })).toBe(false);
    expect(covers(city, { code: '130000', parent: null })).toBe(false);
    expect(covers(city, { code: '130600', parent: '130000' })).toBe(false);
  });
});

describe('reportedClaims', () => {
  it('gives, for a number, the statements naming it and those about every line', () => {
    expect(reportedClaims(reports, nanjing, '12333').map((c) => c.claim.numbers)).toEqual(['all']);
    expect(reportedClaims(reports, nanjing, '96510').map((c) => c.claim.numbers)).toEqual(['all', ['96510']]);
    expect(reportedClaims(reports, cangzhou, '12333').map((c) => c.claim.says)).toEqual(['cancelled', 'counts']);
    expect(reportedClaims(reports, { code: '440100', parent: '440000' }, '12333')).toEqual([]);
  });

  it('gives every statement for the region without a number', () => {
    expect(reportedClaims(reports, cangzhou).map((c) => c.report.id)).toEqual(['city', 'city']);
  });
});

describe('reportedNumbers', () => {
  it('lists the numbers reports name in a region once each, never "all"', () => {
    expect(reportedNumbers(reports, cangzhou)).toEqual(['96119', '12333']);
    expect(reportedNumbers(reports, nanjing)).toEqual(['96510']);
  });
});

describe('fillsSilence', () => {
  const change = { id: '12369-stopped' } as Change;
  it('fills only what neither a list nor a national change answers', () => {
    expect(fillsSilence({ kind: 'noList', change: null })).toBe(true);
    expect(fillsSilence({ kind: 'notMentioned', change: null })).toBe(true);
    expect(fillsSilence({ kind: 'noList', change })).toBe(false);
    expect(fillsSilence({ kind: 'line', change: null })).toBe(false);
    expect(fillsSilence({ kind: 'pastBreak', change: null })).toBe(false);
    expect(fillsSilence({ kind: 'otherRegions', change: null })).toBe(false);
  });
});
