import type { Line } from '../schema/line.ts';

/** What a list says of a row that lets it be found in the document. */
export type CitedRow = Pick<Line, 'section' | 'row' | 'number' | 'name'>;

/**
 * Where one row of a list stands in its document, as offsets into the text.
 * `line`: the row is a whole table line (序号, number, department… separated by tabs).
 * `cell`: the row is one entry of a cell that lists several lines (Sichuan's
 * "12396 全国统一科技公益服务电话 12300 …"), from its number to the next one.
 * `item`: the row is one number of a sentence that enumerates them (广西's
 * "取消12300、12301、…共14条热线号码"): just that number.
 * `key` is where the row's number (or, without one, its name) is printed.
 */
export interface RowLocation {
  kind: 'line' | 'cell' | 'item';
  start: number;
  end: number;
  key: { start: number; end: number };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A section's heading at the start of a line, after markdown's `#` if the text has them. */
const heading = (section: string) => new RegExp(`^[#\\s]*${escape(section)}`, 'gmu');
/** The row's number as a whole number (not part of a longer one), or its name where it has no number. */
const keyOf = (row: CitedRow) => new RegExp(row.number ? `(?<!\\d)${row.number}(?!\\d)` : escape(row.name), 'gu');
const ANOTHER_NUMBER = /(?<!\d)\d{5,}(?!\d)/gu;

/** Is the number at [start, end) one of a run the text enumerates, joined to a neighbour by 、? */
const enumerated = (text: string, start: number, end: number) => /\d、$/u.test(text.slice(Math.max(0, start - 2), start)) || /^、\d/u.test(text.slice(end, end + 2));

/** Offset of the first match of `pattern` at or after `from`, or -1. */
function find(text: string, pattern: RegExp, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}

const trimmedEnd = (text: string, start: number, end: number) => start + text.slice(start, end).trimEnd().length;

/** Where a cell entry ends: before the next tab, line break, markup (`<p>`) or another number. */
function cellEnd(text: string, from: number, lineEnd: number, number: string | null): number {
  let end = lineEnd;
  for (const stop of ['\t', '<']) {
    const at = text.indexOf(stop, from);
    if (at !== -1 && at < end) end = at;
  }
  for (let m = find(text, ANOTHER_NUMBER, from); m && m.index < end; m = find(text, ANOTHER_NUMBER, m.index + 1)) {
    if (m[0] !== number) {
      end = m.index;
      break;
    }
  }
  return trimmedEnd(text, from, end);
}

/** The row at or after `from` and before `until`, with the offset to search the next row from. */
function findRow(text: string, row: CitedRow, from: number, until: number): { location: RowLocation; next: number } | null {
  const key = keyOf(row);
  for (let m = find(text, key, from); m && m.index < until; m = find(text, key, m.index + 1)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const newline = text.indexOf('\n', m.index);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const keyAt = { start: m.index, end: m.index + m[0].length };
    const firstTab = line.indexOf('\t');
    // Prose mentions numbers too: outside a table, a row is only ever one of a run of numbers the sentence enumerates.
    if (firstTab === -1) {
      if (!row.number || !enumerated(text, keyAt.start, keyAt.end)) continue;
      return { location: { kind: 'item', start: keyAt.start, end: keyAt.end, key: keyAt }, next: keyAt.end };
    }
    const printed = /^(\d*)\t/.exec(line);
    if (printed) {
      // A table line carries its 序号 first (nothing for a row printed without one, like Jilin's 96889).
      if (printed[1] !== String(row.row ?? '')) continue;
      // The number's own cell, rather than a name that repeats it ("12315市场监管投诉举报热线\t12315").
      const own = row.number ? new RegExp(`(?<=\\t)${row.number}(?![\\d\\p{Script=Han}])`, 'u').exec(line) : null;
      const key = own ? { start: lineStart + own.index, end: lineStart + own.index + own[0].length } : keyAt;
      return { location: { kind: 'line', start: lineStart, end: trimmedEnd(text, lineStart, lineEnd), key }, next: lineEnd };
    }
    // A first cell that lists several lines in turn: the row is its entry there.
    if (m.index - lineStart > firstTab) continue;
    return { location: { kind: 'cell', start: m.index, end: cellEnd(text, keyAt.end, lineEnd, row.number), key: keyAt }, next: keyAt.end };
  }
  return null;
}

/**
 * Finds each row a list cites in its document's text. The rows are read in
 * the list's order, which is the document's: each section from its heading (a
 * line starting with the list's `section`), each row after the one before it,
 * by its number (its name if it has none), on a table line that starts with
 * its 序号 — or, in a cell listing several lines, as that cell's entry; or,
 * in a sentence that enumerates numbers (12300、12301、…), as one of them.
 * @returns one location per row, null for a row that cannot be found there
 * @example
 * locateRows('一、整体并入\n序号\t号码\n1\t12396 科技\n', [{ section: '一、整体并入', row: 1, number: '12396', name: '科技' }])
 * // [{ kind: 'line', start: 13, end: 23, key: { start: 15, end: 20 } }]
 */
export function locateRows(text: string, rows: readonly CitedRow[]): (RowLocation | null)[] {
  let cursor = 0;
  let section: string | undefined;
  let sectionEnd = text.length;
  let sectionFound = false;
  return rows.map((row, i) => {
    if (row.section !== section) {
      section = row.section;
      const start = find(text, heading(section), cursor);
      sectionFound = start !== null;
      if (start) cursor = start.index + start[0].length;
      const next = rows.slice(i + 1).find((r) => r.section !== section);
      const end = next && sectionFound ? find(text, heading(next.section), cursor) : null;
      sectionEnd = end?.index ?? text.length;
    }
    if (!sectionFound) return null;
    const found = findRow(text, row, cursor, sectionEnd);
    if (!found) return null;
    cursor = found.next;
    return found.location;
  });
}
