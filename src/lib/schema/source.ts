import { z } from 'zod';
import { isoDate, text, webAddress } from './fields.ts';

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
    /** Assumptions and peculiarities of the document a reader should know. */
    notes: z.array(text).default([]),
  })
  .strict();

export type Source = z.output<typeof source>;
