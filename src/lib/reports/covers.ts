import type { Report, ReportClaim, Plan } from '../schema/report.ts';
import type { RegionRef } from '../engine/changes.ts';
import type { Answer } from '../engine/answer.ts';

/**
 * Does a report or plan speak for this region? The region is one it names, or lies in a
 * province it names (a province's report covers its prefectures).
 * @example covers({ regions: ['320000'] }, { code: '320100', parent: '320000' }) // true
 */
export function covers(item: Pick<Report | Plan, 'regions'>, region: RegionRef): boolean {
  return item.regions.includes(region.code) || (region.parent !== null && item.regions.includes(region.parent));
}

/** One statement of a report, with the report it comes from. */
export interface ReportedClaim {
  report: Report;
  claim: ReportClaim;
}

/**
 * Every statement of the reports that speak for a region; with a number, those about it:
 * statements naming it, and those about all the region's lines (counts included).
 * @example reportedClaims(reports, nanjing, '12333').map((r) => r.claim.numbers) // ['all']
 */
export function reportedClaims(reports: readonly Report[], region: RegionRef, number?: string): ReportedClaim[] {
  return reports
    .filter((report) => covers(report, region))
    .flatMap((report) => report.says.map((claim) => ({ report, claim })))
    .filter(({ claim }) => number === undefined || claim.numbers === 'all' || claim.numbers.includes(number));
}

/**
 * A report fills silence only: it is shown beside an answer that neither a list nor a
 * national change gives (no list, or a number the list does not mention). It never overrides one.
 * @example fillsSilence({ kind: 'noList', change: null }) // true
 * @example fillsSilence({ kind: 'noList', change: stopped12369 }) // false
 */
export function fillsSilence(answer: Pick<Answer, 'kind' | 'change'>): boolean {
  return answer.change === null && (answer.kind === 'noList' || answer.kind === 'notMentioned');
}

/**
 * The numbers reports name in a region: each gets an answer page there, which shows the report
 * under the list's silence.
 * @example reportedNumbers(reports, cangzhou) // ['96119']
 */
export function reportedNumbers(reports: readonly Report[], region: RegionRef): string[] {
  return [...new Set(reportedClaims(reports, region).flatMap(({ claim }) => (claim.numbers === 'all' ? [] : claim.numbers)))];
}
