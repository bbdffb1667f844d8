/**
 * The one normalisation under which a quote is compared with its document.
 * It forgives only what the eye does not read as a different word:
 * - whitespace of every kind, line breaks and the documents' captured line
 *   markup (`<p>`, `</p>`, Sichuan's cells) are dropped: PDF text is wrapped
 *   anywhere, even inside a word ("市文化广电旅游 体育局");
 * - full-width forms (U+FF01–U+FF5E: `，（）：１２`) are read as their
 *   half-width twins (`,():12`).
 * Nothing else: not `×` for `*`, not “” for "", not 、 for `,`.
 */

const DROPPED = /<\/?p>|\s/gu;
const FULL_WIDTH = /[\uFF01-\uFF5E]/u;

/** One character of text under the normalisation: its half-width form, or '' when it is dropped. */
const normalChar = (c: string) => (FULL_WIDTH.test(c) ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c);

/**
 * Text as quotes are compared.
 * @example normaliseQuote('完成时间 10 月底（备注）') // '完成时间10月底(备注)'
 */
export function normaliseQuote(text: string): string {
  return text.replace(DROPPED, '').replace(/[\uFF01-\uFF5E]/gu, normalChar);
}

/** Normalised text, with where each of its characters stands in the original. */
export interface NormalisedText {
  text: string;
  /** `at[i]` is the offset in the original of normalised character i; `at[text.length]` is the original's length. */
  at: number[];
}

/**
 * The normalised text of a document, keeping the way back to the original, so
 * a passage found in it can be shown as the document prints it.
 * @example normaliseWithOffsets('a <p>b').at // [0, 5, 6]
 */
export function normaliseWithOffsets(original: string): NormalisedText {
  const dropped: boolean[] = new Array(original.length).fill(false);
  for (const m of original.matchAll(DROPPED)) for (let i = m.index; i < m.index + m[0].length; i++) dropped[i] = true;
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < original.length; i++) {
    if (dropped[i]) continue;
    // Full-width forms are in the Basic Multilingual Plane: one code unit each, as is their twin.
    text += normalChar(original[i]!);
    at.push(i);
  }
  at.push(original.length);
  return { text, at };
}
