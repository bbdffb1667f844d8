import type { RowLocation } from './locate.ts';

/** A stretch of text; `link` is the index of the row whose number (or name) it is. */
export interface Piece {
  text: string;
  link: number | null;
}

/** Text in a cell; `row` is the index of the row it is the entry of, when it is one (Sichuan's cells, 广西's enumerated numbers). */
export interface Segment {
  row: number | null;
  pieces: Piece[];
}

/** One line of the document: a paragraph's one cell, or a table row's cells. `row`: the cited row it is, if any. */
export interface DocumentLine {
  /** Its line in the file, from 1: a paragraph's anchor (#line-26), stable as the published text. */
  line: number;
  row: number | null;
  /** Marked as a heading in the text (`## 省级…`). */
  heading: boolean;
  cells: Segment[][];
}

/** A paragraph, or a table: consecutive lines whose cells are separated by tabs. */
export type DocumentBlock =
  | { kind: 'paragraph'; line: DocumentLine }
  | { kind: 'table'; head: DocumentLine[]; body: DocumentLine[] };

// The text keeps the markup it was captured with: `<p>` inside a cell (Sichuan)
// and markdown headings (Jilin). Shown as what they mean — a line break, a
// heading — the words are the document's and nothing else changes.
const PARAGRAPH_TAGS = /\s*(?:<\/?p>\s*)+/g;
const HEADING_MARK = /^#+\s*/;

/** Splits [start, end) of the text at row entries and numbers into segments. */
function segments(text: string, start: number, end: number, rows: readonly (RowLocation | null)[]): Segment[] {
  const marks = rows.flatMap((r, i) => (r && r.key.start >= start && r.key.end <= end ? [{ i, ...r }] : []));
  const entries = marks.filter((m) => m.kind !== 'line').sort((a, b) => a.start - b.start);
  const pieces = (from: number, to: number): Piece[] => {
    const out: Piece[] = [];
    let at = from;
    for (const m of marks.filter((k) => k.key.start >= from && k.key.end <= to).sort((a, b) => a.key.start - b.key.start)) {
      if (m.key.start > at) out.push({ text: text.slice(at, m.key.start), link: null });
      out.push({ text: text.slice(m.key.start, m.key.end), link: m.i });
      at = m.key.end;
    }
    if (at < to) out.push({ text: text.slice(at, to), link: null });
    return out;
  };
  const out: Segment[] = [];
  let at = start;
  for (const e of entries) {
    if (e.start > at) out.push({ row: null, pieces: pieces(at, e.start) });
    out.push({ row: e.i, pieces: pieces(e.start, e.end) });
    at = e.end;
  }
  if (at < end) out.push({ row: null, pieces: pieces(at, end) });
  return out;
}

/** A cell's text with its captured markup read: `<p>` as line breaks, none at its ends. */
function readMarkup(cell: Segment[]): Segment[] {
  const read = cell.map((s) => ({ ...s, pieces: s.pieces.map((p) => ({ ...p, text: p.text.replace(PARAGRAPH_TAGS, '\n') })) }));
  const first = read[0]?.pieces[0];
  const last = read.at(-1)?.pieces.at(-1);
  if (first) first.text = first.text.trimStart();
  if (last) last.text = last.text.trimEnd();
  return read.map((s) => ({ ...s, pieces: s.pieces.filter((p) => p.text !== '') })).filter((s) => s.pieces.length > 0);
}

/** One line of text, cut into cells at its tabs. */
function documentLine(text: string, start: number, end: number, line: number, rows: readonly (RowLocation | null)[]): DocumentLine {
  const whole = rows.findIndex((r) => r?.kind === 'line' && r.start === start);
  const heading = HEADING_MARK.exec(text.slice(start, end));
  const from = start + (heading?.[0].length ?? 0);
  const cells: Segment[][] = [];
  let cellStart = from;
  for (let tab = text.indexOf('\t', from); ; tab = text.indexOf('\t', cellStart)) {
    const cellEnd = tab === -1 || tab >= end ? end : tab;
    cells.push(readMarkup(segments(text, cellStart, cellEnd, rows)));
    if (cellEnd === end) break;
    cellStart = cellEnd + 1;
  }
  return { line, row: whole === -1 ? null : whole, heading: heading !== null, cells };
}

const cited = (line: DocumentLine) => line.row !== null || line.cells.some((c) => c.some((s) => s.row !== null));

/**
 * The document as a page shows it: its paragraphs and tables, line by line,
 * each cited row marked where it stands — a whole table row, or its entry in
 * a cell — and its number marked for a link to its answer. Blank lines only
 * separate blocks. A table's lines before its first cited row are its head.
 * @param rows where each row of the list stands (locateRows), null where it does not
 * @example documentBlocks('通知\n序号\t号码\n1\t12369', [{ kind: 'line', start: 9, end: 16, key: { start: 11, end: 16 } }])
 * // [{ kind: 'paragraph', … }, { kind: 'table', head: [序号 号码], body: [row 0: 1 | 12369 (link 0)] }]
 */
export function documentBlocks(text: string, rows: readonly (RowLocation | null)[]): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let table: DocumentLine[] = [];
  const endTable = () => {
    if (table.length === 0) return;
    const first = table.findIndex(cited);
    const split = first === -1 ? 0 : first;
    blocks.push({ kind: 'table', head: table.slice(0, split), body: table.slice(split) });
    table = [];
  };
  for (let start = 0, line = 1; start <= text.length; line++) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline === -1 ? text.length : newline;
    // Trailing tabs stay: they are a table row's empty last cells, and keep its columns.
    const end = start + text.slice(start, lineEnd).replace(/[^\S\t]+$/u, '').length;
    const content = text.slice(start, end);
    if (content.trim() === '') endTable();
    else if (content.includes('\t')) table.push(documentLine(text, start, end, line, rows));
    else {
      endTable();
      blocks.push({ kind: 'paragraph', line: documentLine(text, start, end, line, rows) });
    }
    start = lineEnd + 1;
  }
  endTable();
  return blocks;
}
