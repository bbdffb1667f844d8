import { z } from 'zod';
import { isoDate, regionCode } from './fields.ts';

const name = z.string().regex(/^\p{Script=Han}{2,20}$/u, 'a place name in Chinese characters, two or more');
const divisions = z.array(regionCode).min(1, 'the codes of the divisions it is in now, one or more');
/** The day of the decision, or only its month where no source gives the day (黔西县: 2021-03). */
const decided = z.union([isoDate, z.string().regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/)], { message: 'a date written YYYY-MM-DD, or YYYY-MM where only the month is known' });

/**
 * content/places.yaml: the names a query may use that are no current division — former names and zones — and the
 * review of changes since the dataset. Every former name has a date, a source and the query that found it.
 */
export const placesFile = z
  .object({
    former: z.array(
      z
        .object({
          name,
          /** The divisions it is part of today (a merged district: the new one; an abolished prefecture: where its parts went). */
          now: divisions,
          /** renamed: the same area under a new name; merged: joined with others into one; abolished: its parts went elsewhere. */
          kind: z.enum(['renamed', 'merged', 'abolished'], { message: 'one of renamed, merged, abolished' }),
          date: decided,
          source: z.string().min(1, 'who decided (the document) and where it was read'),
          query: z.string().min(1, 'the query that found the source'),
        })
        .strict(),
    ),
    zones: z.array(
      z
        .object({
          names: z.array(name).min(1),
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
