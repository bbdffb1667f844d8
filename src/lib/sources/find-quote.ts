import { normaliseQuote, normaliseWithOffsets } from './quote-text.ts';

/** A passage of a document, as offsets into its original text. */
export interface Passage {
  start: number;
  end: number;
}

/**
 * Where a quote stands in its document, compared under `normaliseQuote`.
 * @returns the passage of the original text it matches, or null when the document does not contain it
 * @example findQuote('完成时间\t10 月底', '10月底') // { start: 5, end: 10 }
 */
export function findQuote(document: string, quote: string): Passage | null {
  const doc = normaliseWithOffsets(document);
  const wanted = normaliseQuote(quote);
  if (wanted === '') return null;
  const i = doc.text.indexOf(wanted);
  return i === -1 ? null : { start: doc.at[i]!, end: doc.at[i + wanted.length - 1]! + 1 };
}

/**
 * The line of the document a quote starts on, from 1: where its paragraph's anchor points (#line-26).
 * @returns null when the document does not contain it
 * @example quoteLine('通知\n除110等紧急热线外', '紧急热线') // 2
 */
export function quoteLine(document: string, quote: string): number | null {
  const found = findQuote(document, quote);
  return found && document.slice(0, found.start).split('\n').length;
}

/**
 * The passage of the document nearest to a quote it does not contain, for the
 * editor to compare: the longest stretch they share, widened to the quote's
 * length on either side as the quote places it.
 * @example closestPassage('文件写着：完成时间 10 月底。', '完成时间 11 月底') // '完成时间 10 月底'
 */
export function closestPassage(document: string, quote: string): string {
  const doc = normaliseWithOffsets(document);
  const wanted = normaliseQuote(quote);
  // Longest common substring, by dynamic programming over one row: documents are a few thousand characters.
  let best = { length: 0, inDoc: 0, inQuote: 0 };
  let previous = new Uint16Array(wanted.length + 1);
  for (let i = 1; i <= doc.text.length; i++) {
    const row = new Uint16Array(wanted.length + 1);
    for (let j = 1; j <= wanted.length; j++) {
      if (doc.text[i - 1] !== wanted[j - 1]) continue;
      row[j] = previous[j - 1]! + 1;
      if (row[j]! > best.length) best = { length: row[j]!, inDoc: i - row[j]!, inQuote: j - row[j]! };
    }
    previous = row;
  }
  if (best.length === 0) return '';
  const from = Math.max(0, best.inDoc - best.inQuote);
  const to = Math.min(doc.text.length, from + wanted.length);
  return document.slice(doc.at[from]!, doc.at[to - 1]! + 1);
}

/**
 * Does the document end with these words, compared under `normaliseQuote`? (A text held in
 * part ends where our copy breaks off: `source.heldInPart.stopsAfter`.)
 * @example endsWithQuote('保留12315、12316、123\n', '12316、123') // true
 */
export function endsWithQuote(document: string, quote: string): boolean {
  const wanted = normaliseQuote(quote);
  return wanted !== '' && normaliseQuote(document).endsWith(wanted);
}
