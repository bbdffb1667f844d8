import { z } from 'zod';
import { agents, hotlineNumber, mode, regionCode, text } from './fields.ts';
import { schedule } from './schedule.ts';

/**
 * A different arrangement the document makes for one region inside the list's
 * area (Fujian: Xiamen keeps 12333 for now).
 */
export const exception = z
  .object({
    /** The region it applies to. */
    region: regionCode,
    /** The mode there, where it differs from the line's. */
    mode: mode.optional(),
    /** The agents there, where they differ from the line's. */
    agents: agents.optional(),
    /** The document's words. */
    text,
  })
  .strict();

/** One row of a merge list: what happened to one hotline in this list's region. */
export const line = z
  .object({
    /**
     * 序号 as printed. Where a document lists several lines in one cell without
     * 序号 (Sichuan), the line's position in that cell; null for a row that has
     * no number of its own (Jilin's 96889 under row 5).
     */
    row: z.number().int().positive().nullable(),
    /** The part of the document the row stands in, e.g. "一、整体并入". */
    section: text,
    /** The number as dialled; null for a row that names no number ("other self-built lines"). */
    number: hotlineNumber.nullable(),
    /** Other numbers of the same line, e.g. Jilin 12393 (96618). */
    aliases: z.array(hotlineNumber).default([]),
    /** The name as the document writes it (or, marked in `inferred`, as the catalogue does). */
    name: text,
    /** 责任单位 / 热线主管部门 as the document writes it (or, marked in `inferred`, as we matched it); null when it names none. */
    department: text.nullable(),
    mode,
    agents,
    /** 归并落地方式 — which 12345 answers (市 12345, 省市两级…), as written; null when not stated. */
    answeredBy: text.nullable().default(null),
    /** When the merge happens; null when the document gives no date for this row. */
    schedule: schedule.nullable().default(null),
    /** 备注 and other row text worth showing, in the document's words: each is checked as a quote. */
    remarks: z.array(text).default([]),
    /** The number this line was folded into (Jilin 12356 "已整合到12320"). */
    foldedInto: hotlineNumber.nullable().default(null),
    /**
     * Regions the row speaks for, when the document says the line exists only
     * there (Jilin 12319: "省里未设，此号码由长春市…使用"). Empty: the whole list area.
     */
    onlyIn: z.array(regionCode).default([]),
    /** Different arrangements for single regions. */
    exceptions: z.array(exception).default([]),
    /**
     * Values we worked out rather than read in the row, each with why: a
     * department matched to its number by order (Sichuan's one 责任单位 cell per
     * section), a name from the catalogue (Fujian prints none), agents deduced
     * from the section's heading. A marked name or department is not checked as
     * a quote, and pages show each as ours, never as the document's words.
     */
    inferred: z
      .object({ name: text.optional(), department: text.optional(), agents: text.optional() })
      .strict()
      .default({}),
  })
  .strict();

export type Line = z.output<typeof line>;
export type Exception = z.output<typeof exception>;
