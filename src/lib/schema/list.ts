import { z } from 'zod';
import { regionCode, text } from './fields.ts';
import { line } from './line.ts';
import { source } from './source.ts';

/**
 * How many rows of each mode the document has, checked against the rows.
 * `stated` is true when the document states the figures in words
 * ("双号并行的9条"), false when they were counted from its table.
 */
export const counts = z
  .object({
    merged: z.number().int().nonnegative(),
    parallel: z.number().int().nonnegative(),
    subcenter: z.number().int().nonnegative(),
    stated: z.boolean(),
    /** The document's words, where it states the figures. */
    quote: text.optional(),
  })
  .strict();

/** One region's merge list: one file under content/lists/. */
export const list = z
  .object({
    /** The region the list is for. */
    region: regionCode,
    source,
    counts,
    lines: z.array(line).min(1, 'at least one line'),
  })
  .strict();

export type List = z.output<typeof list>;
export type Counts = z.output<typeof counts>;
