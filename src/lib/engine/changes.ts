import type { Change } from '../schema/change.ts';
import type { Region } from '../places/regions.ts';

/** The part of a region a change's scope is decided by. */
export type RegionRef = Pick<Region, 'code' | 'parent'>;

/**
 * Does the change speak for this region? Nationwide, or the region is one of the
 * listed provinces or lies in one. `null` stands for "anywhere" (the national search
 * and /n/ pages): only a nationwide change speaks for it.
 * @example inScope({ scope: ['440000'] }, { code: '445100', parent: '440000' }) // true
 */
export function inScope(change: Pick<Change, 'scope'>, region: RegionRef | null): boolean {
  if (change.scope === 'nationwide') return true;
  if (region === null) return false;
  return change.scope.includes(region.code) || (region.parent !== null && change.scope.includes(region.parent));
}

/**
 * The national change that decides a number in a region on a day: in scope, and in force
 * from its effective day on. A change before its effective day decides nothing yet.
 * @example changeInForce(changes, '12369', guangzhou, '2026-11-28')?.kind // 'stopped'
 */
export function changeInForce(changes: readonly Change[], number: string, region: RegionRef | null, date: string): Change | null {
  return changesFor(changes, region, date).find((c) => c.numbers.includes(number)) ?? null;
}

/**
 * Every change that speaks for a region: all of them, or with a day, those in force on it.
 * @example changesFor(changes, quanzhou, '2026-11-28').map((c) => c.id) // ['12301-stopped', '12356-reassigned', '12369-stopped']
 */
export function changesFor(changes: readonly Change[], region: RegionRef | null, date?: string): Change[] {
  return changes.filter((c) => inScope(c, region) && (date === undefined || c.effective.date <= date));
}
