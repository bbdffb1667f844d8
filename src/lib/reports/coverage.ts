import type { Region } from '../places/regions.ts';
import type { Change } from '../schema/change.ts';
import type { Report } from '../schema/report.ts';
import type { Resolution } from '../engine/resolve.ts';
import { answerFor } from '../engine/answer.ts';
import { fillsSilence, reportedClaims } from './covers.ts';

/**
 * What answers one region × number pair on a day, by kind of source, in the order the site applies them:
 * - `change`: a national change in force decides it (over the list, if any);
 * - `list`: the region's list (own or inherited) gives the line;
 * - `reportNamed`: no list line or change speaks, and a report names the number (`reportNamedPart`: for part of the region only);
 * - `reportAll`: a report speaks of every line without naming this one (counts alone do not answer a pair);
 * - `none`: nothing (no list, a number the list does not mention, past where our copy stops, or another region's line).
 */
export type Coverage = 'list' | 'change' | 'reportNamed' | 'reportAll' | 'none';

/**
 * Counts region × number pairs by what answers them.
 * @param numbers the numbers asked about in every region (the catalogue's national lines)
 * @example coverage(regions, resolve, ['12369', '12333'], '2026-12-07', changes, reports)
 * // { pairs: 736, list: 86, change: 368, reportNamed: 0, reportNamedPart: 0, reportAll: 14, none: 268 }
 */
export function coverage(
  regions: readonly Region[],
  resolve: (region: Region) => Resolution,
  numbers: readonly string[],
  date: string,
  changes: readonly Change[],
  reports: readonly Report[],
) {
  const counts = { pairs: 0, list: 0, change: 0, reportNamed: 0, reportNamedPart: 0, reportAll: 0, none: 0 };
  for (const region of regions) {
    const resolution = resolve(region);
    for (const number of numbers) {
      counts.pairs++;
      const answer = answerFor(region, resolution, number, date, changes);
      if (answer.change) counts.change++;
      else if (answer.kind === 'line') counts.list++;
      else {
        // Pages show reports only where they fill silence (no list, a number it does not mention).
        const claims = fillsSilence(answer) ? reportedClaims(reports, region, number).filter(({ claim }) => claim.says !== 'counts') : [];
        const named = claims.filter(({ claim }) => claim.numbers !== 'all');
        if (named.length > 0) {
          counts.reportNamed++;
          if (named.every(({ report }) => report.part !== null)) counts.reportNamedPart++;
        } else if (claims.length > 0) counts.reportAll++;
        else counts.none++;
      }
    }
  }
  return counts;
}
