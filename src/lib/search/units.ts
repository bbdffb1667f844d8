/** Splits Chinese text into words; null where the browser has no Intl.Segmenter (old in-app browsers). */
export type Segment = ((text: string) => string[]) | null;

/**
 * The browser's own word splitter for Chinese, built once (its dictionary loads
 * on first use, so this runs before the first keystroke, not during it). It is
 * given runs of Han characters only, so every piece is kept: Firefox's splitter
 * calls some words not word-like (噪音, 2026-12-07), and dropping those lost them.
 */
export function browserSegment(): Segment {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return null;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return (text) => [...segmenter.segment(text)].map((s) => s.segment);
}

/**
 * The meaning units of a query's text: each run of Han characters split into
 * words (or kept whole without a segmenter), each run of Latin letters as it is.
 * Single characters next to each other are joined again: the segmenter splits
 * a word it does not know into characters (假货 → 假, 货). Digits are left out:
 * numbers are matched by their own rule.
 * @example queryUnits('拖欠工资', segment) // ['拖欠', '工资']
 * @example queryUnits('ktv太吵', null) // ['ktv', '太吵']
 */
export function queryUnits(text: string, segment: Segment): string[] {
  const runs = text.match(/\p{Script=Han}+|[a-z]+/gu) ?? [];
  return runs.flatMap((run) => (segment && /\p{Script=Han}/u.test(run) ? joinSingles(segment(run)) : [run]));
}

/** Runs of single characters joined again: 买到, 假, 货 → 买到, 假货. */
function joinSingles(words: readonly string[]): string[] {
  const units: string[] = [];
  let run = '';
  for (const w of words) {
    if ([...w].length === 1) {
      run += w;
      continue;
    }
    if (run) units.push(run);
    run = '';
    units.push(w);
  }
  return run ? [...units, run] : units;
}

/**
 * The character pairs of a Chinese unit, for a unit no line's words contain
 * whole: 买到假货 → 买到, 到假, 假货, of which 假货 matches. Units of one or
 * two characters, and Latin words, stay as they are.
 * @example bigrams('饭店油烟') // ['饭店', '店油', '油烟']
 */
export function bigrams(unit: string): string[] {
  const chars = [...unit];
  if (chars.length <= 2 || !/\p{Script=Han}/u.test(unit)) return [unit];
  return chars.slice(1).map((c, i) => chars[i]! + c);
}
