import { z } from 'zod';
import { hotlineNumber, isoDate, regionCode, text, webAddress } from './fields.ts';

/** A short text in our own words, in Simplified Chinese and English (traditional is converted at build time). */
export const ourWords = z.object({ zh: text, en: text }).strict();

/**
 * Who reported an authority's statement, when the authority's own text is not
 * available to link. The outlet is the original publisher, never a mirror.
 */
export const report = z
  .object({
    /** The outlet that published the report, e.g. 中国新闻网. */
    outlet: text,
    /** The report's headline as published; null when the copy we read does not show it. */
    title: text.nullable().default(null),
    /** The day it was published. */
    date: isoDate,
    /** The original report's address; null when only a copy was found. */
    url: webAddress.nullable().default(null),
    /** Where we read a copy of the report, when the original could not be reached. */
    seenAt: webAddress.nullable().default(null),
  })
  .strict()
  .refine((r) => r.url !== null || r.seenAt !== null, {
    message: 'an address a reader can follow: url (the original report) or seenAt (where a copy was read)',
    path: ['url'],
  });

/**
 * One source of a national change: what a named authority said or did, and on which day.
 * A change rests only on an authority's word; a report carries it where its own text is not at hand.
 */
export const changeSource = z
  .object({
    /** The authority, e.g. 生态环境部. */
    issuer: text,
    /** Its act: a notice's title, a press conference. */
    title: text,
    /** 文号, where the act has one. */
    documentNumber: text.nullable().default(null),
    /** The day the authority said or published it. */
    date: isoDate,
    /** The authority's own page, where it could be found. */
    url: webAddress.nullable().default(null),
    /** The report that carries the authority's words, when its own page is not available. */
    reportedBy: report.nullable().default(null),
  })
  .strict()
  .refine((s) => s.url !== null || s.reportedBy !== null, {
    message: "an address a reader can follow: the issuer's own url, or reportedBy naming the outlet that reported it",
    path: ['url'],
  });

/**
 * A national decision about a number after the 2021 lists: one file under content/changes/.
 * From its effective day it decides today's answer for that number in every region in scope,
 * with or without a list; the list's row stays as history.
 */
export const change = z
  .object({
    /** Stable id, also the file name: `12369-stopped`. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes, e.g. 12369-stopped'),
    /** The numbers it changes. */
    numbers: z.array(hotlineNumber).min(1, 'at least one number'),
    /**
     * - `stopped`: the number no longer connects anywhere in scope.
     * - `reassigned`: the number now reaches a different service (`now.service`).
     */
    kind: z.enum(['stopped', 'reassigned'], { message: 'one of stopped, reassigned' }),
    /** The day the authority announced or confirmed it. */
    announced: isoDate,
    /** The first day the change holds everywhere in scope. */
    effective: z
      .object({
        date: isoDate,
        /** `month` where the sources give only the month ("2024年4月底"): `date` is then the month's last day. */
        precision: z.enum(['day', 'month']).default('day'),
      })
      .strict(),
    /** Where it holds: `nationwide`, or the six-digit codes of the provinces it holds in. */
    scope: z.union([z.literal('nationwide'), z.array(regionCode).min(1)], {
      message: 'nationwide, or a list of province codes such as ["440000"]',
    }),
    /** What a citizen should do now. */
    now: z
      .object({
        /** The number to dial now for this matter. */
        dial: hotlineNumber,
        /** For `reassigned`: the service the number reaches now. */
        service: ourWords.nullable().default(null),
        /** Other channels, in our words (an online complaint platform). */
        also: ourWords.nullable().default(null),
        /** Words citizens type for the new service, for search (`reassigned`). */
        keywords: z.object({ zh: z.array(text), en: z.array(text) }).strict().default({ zh: [], en: [] }),
      })
      .strict(),
    /** What happened, in one or two sentences of our own (not a quote). */
    summary: ourWords,
    sources: z
      .array(changeSource)
      .min(1, 'at least one source naming the authority and the date: a change without one is not published'),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.kind === 'reassigned' && c.now.service === null) {
      ctx.addIssue({ code: 'custom', path: ['now', 'service'], message: 'the service the number reaches now, {zh, en}' });
    }
    if (c.kind === 'reassigned' && !c.numbers.includes(c.now.dial)) {
      ctx.addIssue({ code: 'custom', path: ['now', 'dial'], message: `one of the reassigned numbers (${c.numbers.join(', ')}): it is the one to dial for the new service` });
    }
    if (c.kind === 'stopped' && c.numbers.includes(c.now.dial)) {
      ctx.addIssue({ code: 'custom', path: ['now', 'dial'], message: 'a number that still connects (usually 12345), not the stopped one' });
    }
  });

/** What the review of one catalogue number found. */
export const reviewFinding = z
  .object({
    number: hotlineNumber,
    /** `changed`: see `change`; `none`: searched, no national change found; `open`: not settled by a named authority. */
    finding: z.enum(['changed', 'none', 'open'], { message: 'one of changed, none, open' }),
    /** For `changed`: the id of the file in content/changes/. */
    change: z.string().optional(),
    /** The day the search was done. */
    searched: isoDate,
    /** The queries run, so a later editor can repeat them. */
    queries: z.array(text).min(1, 'the queries that were searched'),
    /** What was found, or why it stays open. */
    note: text,
  })
  .strict()
  .superRefine((f, ctx) => {
    if ((f.finding === 'changed') !== (f.change !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['change'], message: 'a change id exactly when finding is changed' });
    }
  });

/** content/national-review.yaml: when the national changes were last reviewed, and what was found per number. */
export const review = z
  .object({
    /** The day the reviewer finished; the site shows it as the date national changes were checked. */
    reviewed: isoDate,
    numbers: z.array(reviewFinding).min(1),
  })
  .strict();

export type Change = z.output<typeof change>;
export type ChangeSource = z.output<typeof changeSource>;
export type OurWords = z.output<typeof ourWords>;
export type Review = z.output<typeof review>;
