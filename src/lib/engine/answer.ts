import { lookup, type RegionLine, type Resolution } from './resolve.ts';
import { statusOn, type Status } from './status.ts';

/** Everything the site can say about one number in one region on one day. */
export type Answer =
  | { kind: 'noList' }
  | { kind: 'notMentioned' }
  | { kind: 'otherRegions'; onlyIn: string[] }
  | { kind: 'line'; line: RegionLine; status: Status };

/**
 * The answer for (region, number) on a day, from the list that speaks for the region.
 * @example answerFor('350500', quanzhouResolution, '12369', '2026-11-23')
 * // { kind: 'line', status: { verdict: 'cancelled', dialable: false, … }, … }
 */
export function answerFor(region: string, resolution: Resolution, number: string, date: string): Answer {
  const found = lookup(region, resolution, number);
  if (found.kind !== 'line') return found;
  return { kind: 'line', line: found.line, status: statusOn(found.line, date) };
}
