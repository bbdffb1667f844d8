import { z } from 'zod';
import { isoDate } from './fields.ts';
import { ourWords } from './change.ts';

/**
 * One event in a list's life on this site: the day it was added, or a day it was corrected.
 * Partners read these in the Atom feed (/changes/feed.xml), dated by this record, never by the build.
 */
export const listEvent = z
  .object({
    /** The day the change reached the site's data (for a file, `git log --date=short -- <file>` shows it). */
    date: isoDate,
    /**
     * - `added`: the list was added to the site;
     * - `corrected`: its rows or rules were corrected or completed after that (`note` says what).
     */
    kind: z.enum(['added', 'corrected'], { message: 'one of added, corrected' }),
    /** What was corrected, in our own words, in Simplified Chinese and English (traditional is converted). */
    note: ourWords.optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.kind === 'corrected' && !e.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'what was corrected, in our words: note: { zh: …, en: … }', input: undefined });
    }
  });

/** What a list file without its record is told to add. */
export const HISTORY_NEEDED =
  'the day the list was added to the site, e.g. history: [{ date: 2026-11-23, kind: added }] (`git log --diff-filter=A --date=short -- <this file>` shows the day; today for a new list)';

/**
 * The list's record on the site: added once, first, then any corrections, oldest first,
 * at most one of each kind a day (one note says everything corrected that day).
 */
export const listHistory = z
  .array(listEvent)
  .default([])
  .superRefine((events, ctx) => {
    if (events.length === 0) {
      ctx.addIssue({ code: 'custom', message: HISTORY_NEEDED, input: undefined });
      return;
    }
    if (events[0]!.kind !== 'added' || events.some((e, i) => i > 0 && e.kind === 'added')) {
      ctx.addIssue({ code: 'custom', message: 'one `added` record, the first; every later one `corrected`', input: events.map((e) => e.kind) });
    }
    events.forEach((e, i) => {
      const before = events[i - 1];
      if (before && (e.date < before.date || (e.date === before.date && e.kind === before.kind))) {
        ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `a day after ${before.date} (records oldest first, one of each kind a day)`, input: e.date });
      }
    });
  });

export type ListEvent = z.output<typeof listEvent>;
