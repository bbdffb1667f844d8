import { z } from 'zod';
import { isoDate, regionCode } from './fields.ts';

export const placeName = z.string().regex(/^\p{Script=Han}{2,20}$/u, 'a place name in Chinese characters, two or more');
export const divisions = z.array(regionCode).min(1, 'the codes of the divisions it is in now, one or more');
/**
 * The day of the decision, or only its month where no source gives the day (黔西县: 2021-03), or only its year where
 * all that is known is the code table that first no longer lists the name (content/former-names.yaml).
 */
export const decided = z.union([isoDate, z.string().regex(/^(19|20)\d\d(-(0[1-9]|1[0-2]))?$/)], {
  message: 'a date written YYYY-MM-DD, or YYYY-MM where only the month is known, or YYYY where only the year is',
});
/** renamed: the same area under a new name; merged: joined with others into one; abolished: its parts went elsewhere. */
export const formerKind = z.enum(['renamed', 'merged', 'abolished'], { message: 'one of renamed, merged, abolished' });

/**
 * content/places.yaml: the names a query may use that are no current division — former names and zones — and the
 * review of changes since the dataset. Every former name has a date, a source and the query that found it.
 */
export const placesFile = z
  .object({
    former: z.array(
      z
        .object({
          name: placeName,
          /** The divisions it is part of today (a merged district: the new one; an abolished prefecture: where its parts went). */
          now: divisions,
          kind: formerKind,
          date: decided,
          source: z.string().min(1, 'who decided (the document) and where it was read'),
          query: z.string().min(1, 'the query that found the source'),
        })
        .strict(),
    ),
    zones: z.array(
      z
        .object({
          names: z.array(placeName).min(1),
          /** The divisions it lies in: one region's answer, or several to choose from. */
          in: divisions,
          what: z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict(),
        })
        .strict(),
    ),
    review: z
      .object({
        reviewed: isoDate,
        searches: z.array(z.object({ query: z.string().min(1), finding: z.string().min(1) }).strict()).min(1),
      })
      .strict(),
  })
  .strict();

export type PlacesFile = z.output<typeof placesFile>;

/** What a former name says, researched or derived: its name, what it is part of now, what happened and when. */
export type FormerName = Pick<PlacesFile['former'][number], 'name' | 'now' | 'kind' | 'date'> & {
  /** The code it had last, where known (derived names): it reads the name's level. */
  was?: string | undefined;
};
