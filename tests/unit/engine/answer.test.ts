import { describe, expect, it } from 'vitest';
import { answerFor, lineAnswers } from '../../../src/lib/engine/answer.ts';
import { resolveList } from '../../../src/lib/engine/resolve.ts';
import { lists } from '../../support/tiny-lists.ts';
import { changes, reassigned, stopped } from '../../support/tiny-changes.ts';

const at = (code: string, parent: string | null) => ({ code, parent });
const answer = (code: string, parent: string | null, number: string, date = '2026-11-28') =>
  answerFor(at(code, parent), resolveList(at(code, parent), lists), number, date, changes);

describe('a national change supersedes the list from its effective day', () => {
  it('a row the list had already stopped: off since the list’s day, the change agreeing with it', () => {
    const a = answer('350100', '350000', '12393');
    expect(a.today).toEqual({ verdict: 'stopped', dialable: false, since: '2021-09-01', listAgrees: true });
    expect(a).toMatchObject({ kind: 'line', status: { verdict: 'cancelled', statusSince: '2021-09-01' } });
  });

  it('a row the list stops only after the change: off since the change', () => {
    const later = answerFor(at('350100', '350000'), resolveList(at('350100', '350000'), lists), '12393', '2024-05-01', [{ ...stopped, effective: { date: '2021-08-15', precision: 'day' } }]);
    // The list's deadline is 2021-08-31: a change from 2021-08-15 stopped the number first.
    expect(later.today).toEqual({ verdict: 'stopped', dialable: false, since: '2021-08-15', listAgrees: false });
  });

  it('a row the list never stops (parallel): off since the change, the list superseded', () => {
    expect(answer('350200', '350000', '12333').today).toEqual({ verdict: 'stopped', dialable: false, since: '2024-04-30', listAgrees: false });
  });

  it('a merged row the list leaves undated: the change agrees, since an unknown day', () => {
    const undated = new Map([...lists].map(([code, l]) => [code, { ...l, lines: l.lines.map((line) => (line.number === '12393' ? { ...line, schedule: null } : line)) }]));
    const a = answerFor(at('350100', '350000'), resolveList(at('350100', '350000'), undated), '12393', '2026-11-28', changes);
    expect(a.today).toEqual({ verdict: 'stopped', dialable: false, since: null, listAgrees: true });
  });

  it('a number reassigned after the list cancelled it does not agree with the list: it connects again', () => {
    const a = answerFor(at('350100', '350000'), resolveList(at('350100', '350000'), lists), '12393', '2026-11-28', [{ ...reassigned, numbers: ['12393'], now: { ...reassigned.now, dial: '12393' } }]);
    expect(a.today).toEqual({ verdict: 'reassigned', dialable: true, since: '2025-05-01', listAgrees: false });
  });

  it('a parallel row (Xiamen keeps 12333): no longer dialable', () => {
    const a = answer('350200', '350000', '12333');
    expect(a.today).toMatchObject({ verdict: 'stopped', dialable: false });
    expect(a).toMatchObject({ kind: 'line', status: { verdict: 'parallel', dialable: true } });
  });

  it('a sub-centre row: no longer dialable', () => {
    const a = answer('350500', '350000', '12366');
    expect(a.today).toMatchObject({ verdict: 'stopped', dialable: false });
    expect(a).toMatchObject({ kind: 'line', status: { verdict: 'subcenter' } });
  });

  it('a region with no list gets a real answer', () => {
    const a = answer('440100', '440000', '12369');
    expect(a.kind).toBe('noList');
    expect(a.change?.id).toBe('stopped');
    expect(a.today).toEqual({ verdict: 'stopped', dialable: false, since: '2024-04-30', listAgrees: false });
  });

  it('a number the list leaves out gets the change too', () => {
    expect(answer('350500', '350000', '12369')).toMatchObject({ kind: 'notMentioned', today: { verdict: 'stopped' } });
  });

  it('before its effective day the change decides nothing', () => {
    const a = answer('350200', '350000', '12333', '2024-04-29');
    expect(a.change).toBeNull();
    expect(a.today).toMatchObject({ verdict: 'parallel', dialable: true });
    expect(answer('440100', '440000', '12369', '2024-04-29').today).toBeNull();
  });

  it('a reassigned number still connects, to its new service, only in scope', () => {
    expect(answer('350100', '350000', '12319').today).toEqual({ verdict: 'reassigned', dialable: true, since: '2025-05-01', listAgrees: false });
    expect(answer('350000', null, '12319').change?.id).toBe('reassigned');
    expect(answer('440100', '440000', '12319').change).toBeNull();
  });

  it('without a change the list alone answers, as before', () => {
    const a = answer('350100', '350000', '12393', '2021-08-01');
    expect(a.change).toBeNull();
    expect(a.today).toMatchObject({ verdict: 'cancelling', dialable: true });
  });
});

describe('lineAnswers', () => {
  it('answers every line of the region, changes applied', () => {
    const xiamen = lineAnswers(at('350200', '350000'), resolveList(at('350200', '350000'), lists), '2026-11-28', changes);
    expect(xiamen.map((a) => [a.line.number, a.today.verdict])).toEqual([
      ['12333', 'stopped'],
      ['12393', 'stopped'],
    ]);
  });
});
