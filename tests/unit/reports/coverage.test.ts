import { describe, expect, it } from 'vitest';
import { coverage } from '../../../src/lib/reports/coverage.ts';
import { resolveList } from '../../../src/lib/engine/resolve.ts';
import { report as reportSchema } from '../../../src/lib/schema/report.ts';
import type { Region } from '../../../src/lib/places/regions.ts';
import { lists } from '../../support/tiny-lists.ts';
import { reassigned } from '../../support/tiny-changes.ts';

const regions: Region[] = [
  { code: '350500', name: '泉州市', parent: '350000', level: 'city' },
  { code: '440100', name: '广州市', parent: '440000', level: 'city' },
  { code: '440300', name: '深圳市', parent: '440000', level: 'city' },
  { code: '330100', name: '杭州市', parent: '330000', level: 'city' },
];
const make = (id: string, regions: string[], says: unknown[], part: unknown = null) =>
  reportSchema.parse({ id, regions, part, outlet: '某报', title: null, date: '2021-09-15', readAt: { url: 'https://example.org/a', site: '某报', mirror: false }, text: id, says });
const reports = [
  make('gz', ['440100'], [{ numbers: ['12366'], says: 'cancelled', words: ['12366取消号码'] }], { zh: '只涉及某区', en: 'One district only' }),
  make('sz', ['440300'], [{ numbers: 'all', says: 'merged', words: ['全部归并'] }]),
  make('hz', ['330100'], [{ numbers: 'all', says: 'counts', counts: { merged: 24 }, words: ['整体并入的24条'] }]),
  // A report never counts where the list answers.
  make('qz', ['350500'], [{ numbers: ['12366'], says: 'cancelled', words: ['12366取消'] }]),
];

describe('coverage', () => {
  const resolve = (r: Region) => resolveList(r, lists);
  it('counts each pair once, by the first source that answers it: change, list, report, none', () => {
    const c = coverage(regions, resolve, ['12319', '12366'], '2026-12-07', [reassigned], reports);
    expect(c.pairs).toBe(8);
    expect(c.change + c.list + c.reportNamed + c.reportAll + c.none).toBe(8);
    // 12319 is reassigned in 福建 only (the tiny changes): 泉州's; 泉州's list answers its 12366 whatever a report says;
    // 广州's 12366 is named by a report on part of it; 深圳's report speaks of all lines; 杭州's counts answer nothing.
    expect(c).toMatchObject({ change: 1, list: 1, reportNamed: 1, reportNamedPart: 1, reportAll: 2, none: 3 });
  });
});
