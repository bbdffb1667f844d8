/**
 * Today's status on the real lists and changes: one truthful date. Where a list had already stopped a
 * number, it has been off since the list's day and the national change agrees with the list; where the
 * list kept it, it has been off since the change.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { answerFor } from '../../src/lib/engine/answer.ts';
import { resolveList } from '../../src/lib/engine/resolve.ts';
import { allRegions } from '../../src/lib/places/regions.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';

const { lists, changes } = loadContent(`${repoRoot}content`, isRegion, repoRoot);
const byRegion = new Map(lists.map((l) => [l.region, l]));
const regions = new Map(allRegions().map((r) => [r.code, r]));
const answer = (code: string, number: string, date = '2026-12-01') => {
  const region = regions.get(code)!;
  return answerFor(region, resolveList(region, byRegion), number, date, changes);
};

describe('12369, switched off nationwide from the end of April 2024', () => {
  it('in Quanzhou, whose list stopped it from 2021-12-01: off since then, the change agreeing', () => {
    expect(answer('350500', '12369')).toMatchObject({
      status: { verdict: 'cancelled', statusSince: '2021-12-01' },
      change: { id: '12369-stopped' },
      today: { verdict: 'stopped', dialable: false, since: '2021-12-01', listAgrees: true },
    });
  });

  it('in Sichuan, whose list kept it (双号并行): off since the change, the list superseded', () => {
    expect(answer('510000', '12369')).toMatchObject({
      status: { verdict: 'parallel', dialable: true },
      today: { verdict: 'stopped', dialable: false, since: '2024-04-30', listAgrees: false },
    });
  });

  it('before the change, each list alone answers', () => {
    expect(answer('350500', '12369', '2024-04-29').today).toEqual({ verdict: 'cancelled', dialable: false, since: '2021-12-01', listAgrees: false });
    expect(answer('510000', '12369', '2024-04-29').today).toMatchObject({ verdict: 'parallel', dialable: true });
  });
});
