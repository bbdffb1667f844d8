import type { Change, Review } from '../schema/change.ts';
import type { List } from '../schema/list.ts';

/**
 * When a page's content last changed, from the data's own dates — a list's last record on the site, the
 * announcement of a national change it shows, the day its numbers were reviewed for such changes — never
 * the build day: a sitemap's `lastmod` that moves with every build teaches search engines to ignore it.
 */

/** The last record of a list on the site (added or corrected). */
export const listRecorded = (list: Pick<List, 'history'>): string => list.history.at(-1)!.date;

/** The day a number was last searched for national changes; null for a number the review does not hold. */
export function reviewedOn(review: Review, number: string): string | null {
  return review.numbers.find((n) => n.number === number)?.searched ?? null;
}

/**
 * The latest of the days given (ISO dates compare as text); the review's day when none is given,
 * as every page's footer states it.
 * @example lastModified(['2026-11-23', null, '2024-04-01'], review) // '2026-11-23'
 */
export function lastModified(days: (string | null | undefined)[], review: Pick<Review, 'reviewed'>): string {
  const known = days.filter((d): d is string => typeof d === 'string');
  return known.length > 0 ? known.reduce((a, b) => (b > a ? b : a)) : review.reviewed;
}

/** The days a change puts on a page: when it was announced (its effective day may be later, and the page said so from the first). */
export const changeDays = (changes: (Change | null)[]): (string | null)[] => changes.map((c) => c?.announced ?? null);
