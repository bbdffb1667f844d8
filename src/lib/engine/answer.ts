import type { Change } from '../schema/change.ts';
import { changeInForce, type RegionRef } from './changes.ts';
import { lookup, regionLines, type Lookup, type RegionLine, type Resolution } from './resolve.ts';
import { statusOn, type Status, type Verdict } from './status.ts';

/** What the region's list says of a number on a day (the 2021 layer alone). */
export type ListAnswer =
  | { kind: 'noList' }
  | { kind: 'notMentioned' }
  | { kind: 'otherRegions'; onlyIn: string[] }
  | Extract<Lookup, { kind: 'pastBreak' }>
  | { kind: 'line'; line: RegionLine; status: Status };

/**
 * Today's verdict, every layer applied: the list's, or a national change's.
 * - `stopped`: a national change switched the number off: dial `change.now.dial`.
 * - `reassigned`: the number now reaches another service.
 */
export type TodayVerdict = Verdict | 'stopped' | 'reassigned';

/** What a citizen can do with the number today. */
export interface Today {
  verdict: TodayVerdict;
  /** Does the number connect today? */
  dialable: boolean;
  /** Since when this holds; null when the document gives no date. */
  since: string | null;
  /**
   * The region's list had already stopped the number when a national change stopped it everywhere:
   * the change agrees with the list, and `since` is the list's day, not the change's.
   */
  listAgrees: boolean;
}

/** Everything the site can say about one number in one region on one day. */
export type Answer = ListAnswer & {
  /** The national change that decides today's answer, when one is in force. */
  change: Change | null;
  /** Today's status; null when neither a list nor a change says anything. */
  today: Today | null;
};

/**
 * Today's status where a national change decides: a reassigned number still connects, a stopped one does not.
 * @example todayOfChange(stopped12369) // { verdict: 'stopped', dialable: false, since: '2024-04-30', listAgrees: false }
 */
export function todayOfChange(change: Change): Today {
  return { verdict: change.kind, dialable: change.kind === 'reassigned', since: change.effective.date, listAgrees: false };
}

/**
 * Had the list stopped the number by the day the change did (on a day the document gives, or
 * one it leaves undated)? Only a stop agrees with a stop; a reassigned number connects again,
 * whatever the list said.
 */
function stoppedFirst(list: ListAnswer, change: Change): list is ListAnswer & { kind: 'line' } {
  if (change.kind !== 'stopped' || list.kind !== 'line' || list.status.dialable) return false;
  return list.status.statusSince === null || list.status.statusSince <= change.effective.date;
}

function todayOf(list: ListAnswer, change: Change | null): Today | null {
  if (change) return stoppedFirst(list, change) ? { ...todayOfChange(change), since: list.status.statusSince, listAgrees: true } : todayOfChange(change);
  if (list.kind !== 'line') return null;
  return { verdict: list.status.verdict, dialable: list.status.dialable, since: list.status.statusSince, listAgrees: false };
}

function answer(list: ListAnswer, change: Change | null): Answer {
  return { ...list, change, today: todayOf(list, change) };
}

/**
 * The answer for (region, number) on a day: the list that speaks for the region,
 * superseded from its effective day by a national change in scope. The list's
 * answer is kept, as history. Where the list had already stopped the number, the
 * change only agrees with it: the number has been off since the list's day.
 * @example answerFor(quanzhou, quanzhouResolution, '12369', '2026-11-28', changes)
 * // { kind: 'line', status: { verdict: 'cancelled', statusSince: '2021-12-01', … }, change: { id: '12369-stopped', … },
 * //   today: { verdict: 'stopped', dialable: false, since: '2021-12-01', listAgrees: true } }
 */
export function answerFor(region: RegionRef, resolution: Resolution, number: string, date: string, changes: readonly Change[]): Answer {
  const found = lookup(region.code, resolution, number);
  const list: ListAnswer = found.kind === 'line' ? { kind: 'line', line: found.line, status: statusOn(found.line, date) } : found;
  return answer(list, changeInForce(changes, number, region, date));
}

/** An answer about a line the region's list speaks of. */
export type LineAnswer = Answer & { kind: 'line'; today: Today };

/**
 * Every line the region's list speaks of, answered for the day: for the region page, its poster and its API file.
 * A line without a number (Sichuan's "other self-built lines") is never decided by a change.
 * @example lineAnswers(sichuan, sichuanResolution, '2026-11-28', changes).find((a) => a.line.number === '12369')?.today.verdict // 'stopped'
 */
export function lineAnswers(region: RegionRef, resolution: Resolution, date: string, changes: readonly Change[]): LineAnswer[] {
  return regionLines(region.code, resolution).map((line) => {
    const change = line.number === null ? null : changeInForce(changes, line.number, region, date);
    return answer({ kind: 'line', line, status: statusOn(line, date) }, change) as LineAnswer;
  });
}
