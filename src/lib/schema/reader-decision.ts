import { z } from 'zod';
import { hotlineNumber, text } from './fields.ts';

/** The fields of a row the document check compares with what the importer's reader reads in the document. */
export const CHECKED_FIELDS = ['row', 'section', 'serial', 'mode', 'department', 'agents', 'schedule', 'remarks'] as const;

/**
 * A reviewer's decision that the list may differ from what the importer's reader reads in its
 * document, and why: the build refuses every other difference (src/lib/content/document-check.ts).
 * It names the row by number, the field, and what the reader reads there, word for word as the
 * check's message quotes it; if the document or the reader later read something else, the
 * decision no longer matches and the build asks again.
 * @example { number: '12343', field: 'row', read: '(一)整体并入, 序号 8, merged', why: 'no source identifies the line 12343 (see notes)' }
 */
export const readerDecision = z
  .object({
    /** The row's number (as the list or the reader has it); null for a row without one. */
    number: hotlineNumber.nullable(),
    /**
     * What differs: `row` a row one side has and the other lacks, `section`, `serial` (序号),
     * `mode`, `department`, `agents`, `schedule`, `remarks`.
     */
    field: z.enum(CHECKED_FIELDS, { message: `one of ${CHECKED_FIELDS.join(', ')}` }),
    /** What the reader reads in the document, as the check's message quotes it (after "the document reads"). */
    read: text,
    /** Why the list is right and the reader is not: a reviewer's words. */
    why: text,
  })
  .strict();

export type ReaderDecision = z.output<typeof readerDecision>;
