import { z } from 'zod';
import { mode, regionCode, text } from './fields.ts';
import { line } from './line.ts';
import { source } from './source.ts';
import { listHistory } from './list-history.ts';
import { readerDecision } from './reader-decision.ts';

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
    /** The document's words that state the figures, one passage each. */
    quotes: z.array(text).default([]),
  })
  .strict();

/**
 * A general rule of the document, in its words: what holds for every row, or
 * every row of one mode (a footnote defining 设分中心, a deadline for all
 * departments, a transition rule). Shown on the region page under 关于这份清单.
 */
export const rule = z
  .object({
    /** The heading it is printed under (备注), where it has one: a label, not part of the quote. */
    label: text.optional(),
    /** The document's words. */
    text,
    /** The mode whose every row it speaks of (潮州's footnote 3 defines 设分中心); leave out for the whole list. */
    mode: mode.optional(),
  })
  .strict();

/** One region's merge list: one file under content/lists/. */
export const list = z
  .object({
    /** The region the list is for. */
    region: regionCode,
    source,
    counts,
    /** The document's general rules, in its order. */
    rules: z.array(rule).default([]),
    lines: z.array(line).min(1, 'at least one line'),
    /**
     * Where a reviewer decided the list is right although the importer's reader reads its document
     * otherwise, each with why (docs/data-editors.md, "The document is the checker"). Empty for most lists.
     */
    readerDecisions: z.array(readerDecision).default([]),
    /** When the list was added to the site and corrected since, oldest first: shown on its pages and in the feed. */
    history: listHistory,
  })
  .strict();

export type List = z.output<typeof list>;
export type Counts = z.output<typeof counts>;
export type Rule = z.output<typeof rule>;
