import { z } from 'zod';
import { hotlineNumber, isoDate, regionCode, text, webAddress } from './fields.ts';
import { ourWords } from './change.ts';

/**
 * Where we read a report or a plan, and whether that site is a mirror. A mirror (a site that
 * copies others' pages) is only where we read it: pages name the original outlet, and say that
 * the copy we read was a mirror's.
 */
export const readAt = z
  .object({
    /** The address of the page we read. */
    url: webAddress,
    /** The site's name as it names itself (江苏省政务服务管理办公室), or its host when it names none (684413.com). */
    site: text,
    /** true when the site copies others' pages rather than publishing its own or reposting with credit. */
    mirror: z.boolean(),
  })
  .strict();

/**
 * The file in content/report-texts/ holding the text we read, byte for byte as the search
 * returned it: the report's words are checked against it, as lists' quotes are against their documents.
 */
const textId = z.string().regex(/^[a-z0-9-]+$/, 'the name of a file in content/report-texts/ without .txt, e.g. jiangsu-2022-02-07');

/**
 * What a report says of the lines it names.
 * - `cancelled`: 取消号码 — the number was (or was to be) cancelled; calls go to 12345.
 * - `merged`: 并入 / 归并到 12345, without saying whether the old number still connects.
 * - `parallel`: kept alongside 12345 (双号并行).
 * - `subcenter`: a 12345 sub-centre (分中心).
 * - `counts`: how many lines went which way, without naming them (`counts`).
 */
export const reportSays = z.enum(['cancelled', 'merged', 'parallel', 'subcenter', 'counts'], {
  message: 'one of cancelled (取消号码), merged (并入 12345, no word on the old number), parallel (双号并行), subcenter (分中心), counts (numbers of lines only)',
});

/** One statement of a report: which lines, what it says of them, and its own words. */
export const reportClaim = z
  .object({
    /** The numbers the words name, or `all` where they speak of every line in the region ("全部归并到12345"). */
    numbers: z.union([z.literal('all'), z.array(hotlineNumber).min(1)], { message: 'all, or the numbers the words name, e.g. ["96119"]' }),
    says: reportSays,
    /** For `counts`: how many lines each way, as the words give them; every count must be in the words. */
    counts: z
      .object({
        cancelled: z.number().int().min(0).optional(),
        merged: z.number().int().min(0).optional(),
        parallel: z.number().int().min(0).optional(),
        subcenter: z.number().int().min(0).optional(),
      })
      .strict()
      .nullable()
      .default(null),
    /** The day it took (or was to take) effect, where the report gives one; null where it gives none. */
    effective: isoDate.nullable().default(null),
    /**
     * The report's own words for this statement, copied exactly from the text we read: short quotes,
     * one per passage (pages join them with "……"), together saying what `numbers`, `says` and `effective` record.
     */
    words: z.array(text).min(1, 'the report’s words, e.g. ["需整体并入的8个短号码热线,全部取消号码"]'),
  })
  .strict()
  .superRefine((c, ctx) => {
    const counted = c.counts !== null && Object.keys(c.counts).length > 0;
    if ((c.says === 'counts') !== counted) {
      ctx.addIssue({ code: 'custom', path: ['counts'], message: 'counts ({ merged: 24, parallel: 1, … }) exactly when says is counts' });
    }
    if (c.says === 'counts' && c.numbers !== 'all') {
      ctx.addIssue({ code: 'custom', path: ['numbers'], message: 'all: counts speak of the region’s lines, not of named numbers' });
    }
  });

/**
 * What a named outlet or an official site reported about a region's lines: one file under
 * content/reports/. It fills silence — a region without a list, a number its list does not
 * mention — and never overrides a list or a national change. Pages show it as a report, with
 * its words, never as a list's verdict.
 */
export const report = z
  .object({
    /** Stable id, also the file name: `jiangsu-2022-02-07`. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes, e.g. jiangsu-2022-02-07'),
    /** The regions it speaks of: a province's code covers its prefectures. */
    regions: z.array(regionCode).min(1, 'at least one region code, e.g. ["320000"]'),
    /** Where it speaks of a part of the region only (雄安新区 in 保定市), that part, in our words; null for the whole region. */
    part: ourWords.nullable().default(null),
    /** The outlet that published it (人民网), never a mirror. */
    outlet: text,
    /** The outlet the report itself credits as its origin (长城网's story "来源:沧州日报"), or null. */
    originally: text.nullable().default(null),
    /** Its headline as published; null when the copy we read shows none (never one of ours). */
    title: text.nullable(),
    /** The day it was published. */
    date: isoDate,
    /** The outlet's own address for it, where known; null when we read only a copy. */
    url: webAddress.nullable().default(null),
    readAt,
    /** The text we read: content/report-texts/{text}.txt. */
    text: textId,
    says: z.array(reportClaim).min(1, 'at least one statement, with the report’s words'),
    /** What a reader should know about the report, in plain words (English). */
    notes: z.array(text).default([]),
  })
  .strict();

/**
 * A region's plan whose list we could not read (河北's 冀政办字〔2021〕20号 names a
 * "河北省12345热线归并清单" that no stored copy holds): pages of the regions it covers
 * name it, so a citizen or an editor can ask for the list. Entries of content/plans.yaml.
 */
export const plan = z
  .object({
    /** The regions it speaks for: a province's code covers its prefectures. */
    regions: z.array(regionCode).min(1),
    /** Who issued it, as the text we read names it. */
    issuer: text,
    /** Its title, as the text we read prints it (or cites it). */
    title: text,
    /** 文号 as printed or cited. */
    documentNumber: text.nullable(),
    /** Date of issue, where the text gives it. */
    date: isoDate.nullable(),
    /** The issuer's own address for it, where known. */
    url: webAddress.nullable().default(null),
    readAt,
    /** The text we read: content/report-texts/{text}.txt; the title, issuer and 文号 must be in it. */
    text: textId,
    /** The text the 文号 is read in (content/report-texts/), when the plan's own text does not print it; null when it does. */
    numberText: textId.nullable().default(null),
    /** Where the text only cites the plan (汕头's notice citing 广东's), the citing page's words naming it; null when we read the plan itself. */
    citedAs: text.nullable().default(null),
    /** Why its list could not be read, in our words. */
    why: ourWords,
  })
  .strict();

export const plans = z.object({ plans: z.array(plan).min(1) }).strict();

export type Report = z.output<typeof report>;
export type ReportClaim = z.output<typeof reportClaim>;
export type ReportSays = z.output<typeof reportSays>;
export type Plan = z.output<typeof plan>;

/** What the search for reports found in one province (content/reports-review.yaml). */
export const provinceSearch = z
  .object({
    /** The province's code. */
    province: regionCode,
    /** The day it was searched. */
    searched: isoDate,
    /** The queries run, so a later editor can repeat them. */
    queries: z.array(text).min(1, 'the queries that were searched'),
    /** What was published from it: report ids (content/reports/) and plans' 文号 (content/plans.yaml); [] when nothing held up. */
    found: z.array(text).default([]),
    /** What was found and why it was, or was not, published, in plain words (English). */
    note: text,
  })
  .strict();

/** content/reports-review.yaml: the search for regional reports, province by province, with its queries. */
export const reportsReview = z
  .object({
    reviewed: isoDate,
    provinces: z.array(provinceSearch).min(1),
  })
  .strict();
