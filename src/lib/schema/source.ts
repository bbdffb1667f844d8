import { z } from 'zod';
import { isoDate, text, webAddress } from './fields.ts';
import { ourWords } from './change.ts';

/**
 * The text we hold stops before the document does (a repost that breaks off mid-sentence):
 * the opposite of `endsBefore`. Numbers the held text names are answered; any other number
 * may be named past the break, so it is never "not mentioned" but "the copy we hold stops
 * before this line", and every page of the list says it is partial and why.
 */
export const heldInPart = z
  .object({
    /** The last words of the text we hold, as the file has them (it must end with them). */
    stopsAfter: text,
    /** Why we hold only this much, in our words. */
    why: ourWords,
  })
  .strict();

/**
 * A 文号 that the document's text does not print, as another document cites it
 * (玉林's plan cites 广西's as 桂政办发〔2021〕46号). Pages show it with where it comes from,
 * never as the document's own words.
 */
export const citedNumber = z
  .object({
    /** The 文号 as the citing document writes it. */
    documentNumber: text,
    /** The citing document: issuer, title and its own 文号, as it prints them. */
    citedIn: text,
    /** Where the citing document can be read. */
    url: webAddress.nullable().default(null),
  })
  .strict();

/**
 * The document a list was transcribed from. Its text is kept beside the lists,
 * byte for byte, as content/sources/{id}.txt. Fields the document does not
 * give are null, never guessed; `notes` says what was assumed and why.
 */
export const source = z
  .object({
    /** Stable id used by lines' provenance and the document's page, e.g. `quanzhou-2021` (content/sources/quanzhou-2021.txt, /sources/quanzhou-2021/). */
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes, e.g. quanzhou-2021'),
    /** Who issued it, as the document names itself; null when it does not. */
    issuer: text.nullable(),
    /** The document's title as printed. */
    title: text,
    /** 文号, e.g. 泉政办〔2021〕53号; null when the document gives none. */
    documentNumber: text.nullable(),
    /** Date of issue; null when the document gives none. */
    date: isoDate.nullable(),
    /** Where the original can be read, if published; null when unknown. */
    url: webAddress.nullable().default(null),
    /**
     * The first words of text the file carries after the document has ended
     * (unrelated news captured with it, as in Jilin's); null when the file is the
     * document alone. The file stays as it is; the page shows the document up to
     * these words and says that it ends there.
     */
    endsBefore: text.nullable().default(null),
    /** Set when the text we hold stops before the document does: where, and why. */
    heldInPart: heldInPart.nullable().default(null),
    /** The 文号 as another document cites it, when this text prints none (`documentNumber` is then null). */
    citedNumber: citedNumber.nullable().default(null),
    /** Assumptions and peculiarities of the document a reader should know. */
    notes: z.array(text).default([]),
  })
  .strict();

export type Source = z.output<typeof source>;
export type HeldInPart = z.output<typeof heldInPart>;
export type CitedNumber = z.output<typeof citedNumber>;
