import { z } from 'zod';
import { changeSource, ourWords } from './change.ts';
import { hotlineNumber, text } from './fields.ts';

/** Words a citizen types, in simplified Chinese and in English; each one, found in a query, puts its line first. */
const words = z.object({ zh: z.array(text).min(1), en: z.array(text).min(1) }).strict();

/** A document's own words, from one of content/sources/: checked character for character. */
export const documentQuote = z
  .object({
    /** The source id: content/sources/{source}.txt. */
    source: z.string().regex(/^[a-z0-9-]+$/, 'a source id: the name of a file in content/sources/ without .txt'),
    text,
  })
  .strict();

/** An emergency number: never merged into 12345, answered "dial it directly" in every region. */
export const emergencyNumber = z
  .object({
    number: hotlineNumber,
    /** What it is for, in our words. */
    name: ourWords,
    words,
  })
  .strict();

/**
 * content/safety.yaml: what the site says to a person in danger, and to one who types
 * an emergency number, with where each fact comes from.
 */
export const safety = z
  .object({
    emergency: z
      .object({
        numbers: z.array(emergencyNumber).min(1),
        /** The documents' words saying the emergency lines were not merged. */
        quotes: z.array(documentQuote).default([]),
        /** The authorities that said so. */
        sources: z.array(changeSource).min(1, 'at least one source naming the authority that kept the emergency lines out of the merge'),
      })
      .strict(),
    crisis: z
      .object({
        /** The line a person in distress is sent to first: a catalogue number a national change made a crisis line. */
        dial: hotlineNumber,
        /** The numbers to call at once when a life is in danger: emergency numbers above. */
        urgent: z.array(hotlineNumber).min(1),
        /** What the line's authority promises about its hours, in its words, and where they were read. */
        hours: z.object({ quote: text, source: changeSource }).strict(),
        words,
      })
      .strict(),
  })
  .strict();

export type Safety = z.output<typeof safety>;
export type EmergencyNumber = z.output<typeof emergencyNumber>;
