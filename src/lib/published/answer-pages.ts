import type { Region } from '../places/regions.ts';
import type { Resolution } from '../engine/resolve.ts';

/**
 * The (region, number) pairs that get an answer page: every national line and
 * every number or alias the list names, in every region a list speaks for. A
 * national line the list leaves out still gets a page that says so honestly;
 * another region's local line does not (at national scale that would be every
 * region × every city's own numbers). A region without a list gets pages for the
 * numbers national changes in scope there decide, the only answers it has. A number a
 * report names in a region (content/reports/) gets a page there too, where the report is shown.
 * @example answerNumbers(regions, resolve, ['12369'], () => ['12369']) // [['350000', '12369'], …, ['440100', '12369'], …]
 */
export function answerNumbers(
  regions: readonly Region[],
  resolve: (code: string) => Resolution,
  national: readonly string[],
  changedIn: (region: Region) => readonly string[],
  reportedIn: (region: Region) => readonly string[] = () => [],
): [region: string, number: string][] {
  const pairs: [string, string][] = [];
  for (const region of regions) {
    const resolution = resolve(region.code);
    if (resolution.kind === 'none') {
      for (const number of new Set([...changedIn(region), ...reportedIn(region)])) pairs.push([region.code, number]);
      continue;
    }
    const listed = resolution.list.lines.flatMap((l) => [l.number, ...l.aliases]).filter((n): n is string => n !== null);
    for (const number of new Set([...national, ...listed, ...reportedIn(region)])) pairs.push([region.code, number]);
  }
  return pairs;
}
