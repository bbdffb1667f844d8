import { z } from 'zod';
import { hotlineNumber, text } from './fields.ts';

/** One hotline in the national catalogue: what it is called and how people ask for it. */
export const hotline = z
  .object({
    number: hotlineNumber,
    /** The official name, as the national guideline writes it. */
    name: text,
    /** A short everyday name, e.g. 环保热线. */
    shortName: text,
    /** The name in English. */
    englishName: text,
    /** `national` for the ~32 national lines, `local` for a region's own line. */
    scope: z.enum(['national', 'local']),
    /** Words citizens type when they look for this line: plain words, not only official terms. */
    keywords: z.array(text).min(1, 'at least one word a citizen would type'),
    /** The same words in English, for the English search. */
    englishKeywords: z.array(text).default([]),
  })
  .strict();

/** content/catalogue.yaml: every number any list mentions, each once. */
export const catalogue = z
  .array(hotline)
  .min(1)
  .superRefine((hotlines, ctx) => {
    const first = new Map<string, number>();
    hotlines.forEach((h, i) => {
      const at = first.get(h.number);
      if (at === undefined) first.set(h.number, i);
      else ctx.addIssue({ code: 'custom', path: [i, 'number'], input: h.number, message: `each number once: ${h.number} is already entry ${at + 1}` });
    });
  });

export type Hotline = z.output<typeof hotline>;
