import type { Change } from '../schema/change.ts';
import type { Today } from '../engine/answer.ts';

/**
 * The picture a chat preview shows beside a page: one per kind of verdict and language, made at build time
 * (src/build/share-images.ts). It says only what holds for every page of its kind — what to dial is in it
 * only where that is 12345 for all of them; the page's own words are in its title and description.
 */
export const SHARE_IMAGE_KINDS = ['cancelled', 'stopped', 'cancelling', 'works', 'reassigned', 'site'] as const;
export type ShareImageKind = (typeof SHARE_IMAGE_KINDS)[number];

/** 1200 × 630: the size Open Graph previews are drawn at (1.91:1). */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * The kind of an answer's picture: off and 12345 to dial, off with another number to dial, stopping soon,
 * still working, given to a new service; the site's own picture where there is no verdict (no list, a list
 * that says nothing of the number).
 * @example shareImageKind({ verdict: 'stopped', … }, stopped12369) // 'cancelled' (12345 is what to dial)
 */
export function shareImageKind(today: Pick<Today, 'verdict'> | null, change: Pick<Change, 'now'> | null): ShareImageKind {
  switch (today?.verdict) {
    case undefined:
      return 'site';
    case 'cancelled':
      return 'cancelled';
    case 'stopped':
      return change?.now.dial === '12345' ? 'cancelled' : 'stopped';
    case 'cancelling':
      return 'cancelling';
    case 'parallel':
    case 'subcenter':
      return 'works';
    case 'reassigned':
      return 'reassigned';
  }
}
