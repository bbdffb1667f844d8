/** A piece of text as a PDF's text layer gives it: where its baseline starts, how wide it is, its font size. */
export interface Piece {
  text: string;
  x: number;
  /** The baseline, measured up from the page's foot (PDF space). */
  y: number;
  width: number;
  size: number;
  page: number;
}

interface Cell {
  text: string;
  x0: number;
  x1: number;
}

/** Pieces closer than this (in font sizes) belong to one word; wider apart than CELL_GAP, to two cells. */
const WORD_GAP = 0.25;
const CELL_GAP = 1;
/** Lines further apart than this (in font sizes, baseline to baseline) have a blank line between them. */
const PARAGRAPH_GAP = 2.2;

/** The page's lines, top first, each its pieces left to right. */
function linesOf(pieces: readonly Piece[]): Piece[][] {
  const sorted = pieces.filter((p) => p.text.trim() !== '').sort((a, b) => a.page - b.page || b.y - a.y || a.x - b.x);
  const lines: Piece[][] = [];
  for (const p of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && first.page === p.page && Math.abs(first.y - p.y) < 0.5 * Math.max(first.size, p.size)) line.push(p);
    else lines.push([p]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

/** A line's cells: pieces joined into words, words into cells where the gap is wide. */
function cellsOf(line: readonly Piece[]): Cell[] {
  const cells: Cell[] = [];
  for (const p of line) {
    const last = cells.at(-1);
    const gap = last ? p.x - last.x1 : Infinity;
    if (last && gap < CELL_GAP * p.size) {
      last.text += gap < WORD_GAP * p.size ? p.text : ` ${p.text}`;
      last.x1 = Math.max(last.x1, p.x + p.width);
    } else cells.push({ text: p.text, x0: p.x, x1: p.x + p.width });
  }
  return cells.map((c) => ({ ...c, text: c.text.replace(/\s+/gu, ' ').trim() }));
}

/**
 * A table's columns, from its cells' extents: narrow cells first, each widening the one column it
 * overlaps or starting a new one; a cell across several columns (a heading over the modes' tick
 * columns) makes none.
 */
function columnsOf(cells: readonly Cell[]): { x0: number; x1: number }[] {
  const columns: { x0: number; x1: number }[] = [];
  for (const c of [...cells].sort((a, b) => a.x1 - a.x0 - (b.x1 - b.x0))) {
    const over = columns.filter((k) => c.x0 < k.x1 && k.x0 < c.x1);
    if (over.length === 0) columns.push({ x0: c.x0, x1: c.x1 });
    else if (over.length === 1) {
      over[0]!.x0 = Math.min(over[0]!.x0, c.x0);
      over[0]!.x1 = Math.max(over[0]!.x1, c.x1);
    }
  }
  return columns.sort((a, b) => a.x0 - b.x0);
}

/**
 * Rebuilds a PDF's text from its positioned pieces, the way content/sources/ keeps documents:
 * one line per printed line, a table's cells separated by tabs in their columns (an empty cell
 * keeps its place, so a tick stays under its mode), a blank line where the print leaves a gap.
 * A cell whose text wraps onto a second printed line comes out as a line of its own.
 * @example pdfText([{ text: '1', x: 50, y: 700, width: 6, size: 12, page: 1 }, { text: '12369', x: 90, y: 700, width: 30, size: 12, page: 1 }]) // '1\t12369'
 */
export function pdfText(pieces: readonly Piece[]): string {
  const lines = linesOf(pieces).map((line) => ({ top: line[0]!, cells: cellsOf(line) }));
  const out: string[] = [];
  let previous: Piece | null = null;
  for (let i = 0; i < lines.length; ) {
    // A table: consecutive lines of two or more cells, laid out in shared columns.
    let end = i;
    while (end < lines.length && lines[end]!.cells.length > 1) end++;
    const block = end > i ? lines.slice(i, end) : [lines[i]!];
    const columns = end > i ? columnsOf(block.flatMap((l) => l.cells)) : [];
    for (const { top, cells } of block) {
      if (previous && previous.page === top.page && previous.y - top.y > PARAGRAPH_GAP * top.size) out.push('');
      previous = top;
      if (columns.length === 0) {
        out.push(cells.map((c) => c.text).join(' '));
        continue;
      }
      const row = columns.map(() => '');
      for (const c of cells) {
        const k = Math.max(0, columns.findIndex((col) => c.x0 < col.x1 && col.x0 < c.x1));
        row[k] = row[k] ? `${row[k]} ${c.text}` : c.text;
      }
      out.push(row.join('\t'));
    }
    i = Math.max(end, i + 1);
  }
  return out.join('\n');
}
