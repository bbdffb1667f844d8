import { z } from 'zod';
import { addDays } from '../dates.ts';
import { isoDate, text } from './fields.ts';

/**
 * One dated phase of a line's merge, as the document states it.
 * `to` is inclusive; the last phase has no `to` and lasts from `from` on.
 */
export const phase = z
  .object({
    /** First day of the phase. */
    from: isoDate,
    /** Last day of the phase (inclusive); leave out for "from this day on". */
    to: isoDate.optional(),
    /** Does the old number still connect during this phase? */
    dialable: z.boolean({ message: 'true or false: does the old number still connect in this phase?' }),
    /** The document's own words for this phase. */
    text,
  })
  .strict()
  .refine((p) => p.to === undefined || p.to >= p.from, {
    message: 'a phase must end (to) on or after the day it starts (from)',
    path: ['to'],
  });

/**
 * When the merge happens, in the one form the document uses:
 * - `deadline`: to be completed by this day (完成时间 "8 月底").
 * - `window`: carried out between two days (Jilin "5月1日至5月31日").
 * - `phases`: dated phases (Sichuan: dual dialling, then cancellation).
 * `text` quotes the document; `yearAssumed` is true where the document gives
 * only month and day and the year 2021 was supplied (see DESIGN.md).
 */
export const schedule = z
  .object({
    deadline: isoDate.optional(),
    window: z.object({ from: isoDate, to: isoDate }).strict().optional(),
    phases: z.array(phase).min(1).optional(),
    /** The document's own words for the schedule (a cell's text: `8 月底`). */
    text,
    /**
     * The heading of the column the text stands under, where the document
     * prints it in a table (完成时间): shown as the text's label, `完成时间：8 月底`,
     * never as part of the quote.
     */
    label: text.optional(),
    /** True where the document gives no year and 2021 was assumed. */
    yearAssumed: z.boolean().default(false),
  })
  .strict()
  .superRefine((s, ctx) => {
    const forms = [s.deadline, s.window, s.phases].filter((f) => f !== undefined).length;
    if (forms !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `exactly one of deadline, window or phases (found ${forms})`,
      });
    }
    if (s.window && s.window.to < s.window.from) {
      ctx.addIssue({ code: 'custom', path: ['window', 'to'], input: s.window.to, message: 'a window must end on or after it starts' });
    }
    const last = s.phases?.at(-1);
    if (last?.to !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['phases', s.phases!.length - 1, 'to'],
        input: last.to,
        message: 'no end (to) on the last phase: it is the arrangement in force from its start on',
      });
    }
    s.phases?.forEach((p, i) => {
      const next = s.phases?.[i + 1];
      if (next && (p.to === undefined || next.from !== addDays(p.to, 1))) {
        ctx.addIssue({
          code: 'custom',
          path: ['phases', i + 1, 'from'],
          input: next.from,
          message: `the day after the previous phase ends (${p.to ? addDays(p.to, 1) : 'give the previous phase an end'}), so no day is left without a phase`,
        });
      }
    });
  });

export type Schedule = z.output<typeof schedule>;
export type Phase = z.output<typeof phase>;
