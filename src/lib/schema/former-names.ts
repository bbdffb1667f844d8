import { z } from 'zod';
import { regionCode, text, webAddress } from './fields.ts';
import { decided, divisions, formerKind, placeName } from './places.ts';

/**
 * content/former-names.yaml: the former names derived from the history of the division codes by
 * scripts/places/former-names.ts (docs/data-editors.md, "Former names from the code history"), never edited by
 * hand. The dataset it was derived from is named with its commit and licence; every name has a date and a source.
 */
export const formerNamesFile = z
  .object({
    dataset: z
      .object({
        name: text,
        url: webAddress,
        /** The dataset's commit the file was derived from, in full. */
        commit: z.string().regex(/^[0-9a-f]{40}$/, 'the full 40-character commit the file was derived from'),
        /** Its licence, as an SPDX identifier: only a public-domain dedication lets its facts be published here as they are. */
        licence: z.literal('CC0-1.0', { message: 'CC0-1.0: the dataset the file is derived from must be in the public domain' }),
        /** Where its facts come from. */
        sources: text,
        /** The first and last code tables read, and the year of the site's dataset the names lead into. */
        tables: z.object({ first: z.number().int(), last: z.number().int() }).strict(),
        asOf: z.number().int(),
      })
      .strict(),
    former: z.array(
      z
        .object({
          name: placeName,
          /** The code it had last. */
          was: regionCode,
          /** The current divisions it is part of: those of the site's dataset that its area went to, change after change. */
          now: divisions,
          kind: formerKind,
          date: decided,
          /** The document's 文号 and title and where it was read, or 民政部 县级以上行政区划代码（YEAR 年）: the first table without the name. */
          source: text,
          /** The document's address, where its note gives one. */
          link: webAddress.optional(),
        })
        .strict(),
    ),
  })
  .strict();

export type FormerNamesFile = z.output<typeof formerNamesFile>;
