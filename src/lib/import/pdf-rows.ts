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

/** A ruling line of a page — a table's border — as a thin rectangle in PDF space (y up from the page's foot). */
export interface Rule {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
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
 * overlaps or starting a new one. A heading's cell across several columns (over the modes' tick
 * columns) makes none; a data cell (its line holds a digit) across several joins them, as the
 * narrow ones it covers were a centred heading or a wrapped cell's last word.
 */
function columnsOf(cells: readonly Cell[], isData: (c: Cell) => boolean = () => false): { x0: number; x1: number }[] {
  let columns: { x0: number; x1: number }[] = [];
  for (const c of [...cells].sort((a, b) => a.x1 - a.x0 - (b.x1 - b.x0))) {
    const over = columns.filter((k) => c.x0 < k.x1 && k.x0 < c.x1);
    if (over.length === 0) columns.push({ x0: c.x0, x1: c.x1 });
    else if (over.length === 1 || isData(c)) {
      const joined = { x0: Math.min(c.x0, ...over.map((k) => k.x0)), x1: Math.max(c.x1, ...over.map((k) => k.x1)) };
      columns = [...columns.filter((k) => !over.includes(k)), joined];
    }
  }
  return columns.sort((a, b) => a.x0 - b.x0);
}

/** How far apart two rules' positions may be and still be one line of a grid (Chromium draws each cell's border on its own). */
const RULE_SNAP = 2;
/** Thinner than this, a rectangle is a rule rather than a shaded box. */
const RULE_THICKNESS = 3;

/** Positions within RULE_SNAP of each other as one, sorted. */
function snapped(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (out.length === 0 || v - out.at(-1)! > RULE_SNAP) out.push(v);
  return out;
}

/** A table drawn with borders: the x of its vertical rules and the y of its horizontal rules, top first. */
interface Grid {
  page: number;
  xs: number[];
  ys: number[];
}

/** The page's bordered tables: rules that touch one another, as grids of at least two columns and one row. */
function gridsOf(rules: readonly Rule[]): Grid[] {
  const thin = rules.filter((r) => Math.min(r.x1 - r.x0, r.y1 - r.y0) <= RULE_THICKNESS && Math.max(r.x1 - r.x0, r.y1 - r.y0) > RULE_THICKNESS);
  const group = thin.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  const touch = (a: Rule, b: Rule) => a.page === b.page && a.x0 <= b.x1 + RULE_SNAP && b.x0 <= a.x1 + RULE_SNAP && a.y0 <= b.y1 + RULE_SNAP && b.y0 <= a.y1 + RULE_SNAP;
  for (let i = 0; i < thin.length; i++) for (let j = i + 1; j < thin.length; j++) if (touch(thin[i]!, thin[j]!)) group[find(i)] = find(j);
  const tables = new Map<number, Rule[]>();
  thin.forEach((r, i) => tables.set(find(i), [...(tables.get(find(i)) ?? []), r]));
  return [...tables.values()].flatMap((table) => {
    const vertical = table.filter((r) => r.x1 - r.x0 <= RULE_THICKNESS);
    const xs = snapped(vertical.map((r) => (r.x0 + r.x1) / 2));
    // A table broken by a page has no rule where the page cuts it: its columns' ends stand for one.
    const ends = vertical.length > 0 ? [Math.min(...vertical.map((r) => r.y0)), Math.max(...vertical.map((r) => r.y1))] : [];
    const ys = snapped([...table.filter((r) => r.y1 - r.y0 <= RULE_THICKNESS).map((r) => (r.y0 + r.y1) / 2), ...ends]).reverse();
    return xs.length >= 3 && ys.length >= 2 ? [{ page: table[0]!.page, xs, ys }] : [];
  });
}

/** Where a piece sits in a grid: its column and row band, or null outside it. */
function placeIn(grid: Grid, p: Piece): { column: number; row: number } | null {
  const x = p.x + Math.min(p.width, p.size) / 2;
  const y = p.y + p.size / 3;
  const column = grid.xs.findIndex((left, k) => k < grid.xs.length - 1 && left <= x && x < grid.xs[k + 1]!);
  const row = grid.ys.findIndex((top, k) => k < grid.ys.length - 1 && y <= top && y > grid.ys[k + 1]!);
  return p.page === grid.page && column >= 0 && row >= 0 ? { column, row } : null;
}

/** A bordered table's rows, each a tab-separated line of its cells: every piece in its cell, a cell's wrapped lines joined in reading order. */
function gridRows(grid: Grid, pieces: readonly Piece[]): string[] {
  const cells = grid.ys.slice(1).map(() => grid.xs.slice(1).map((): Piece[] => []));
  for (const p of pieces) {
    const at = placeIn(grid, p)!;
    cells[at.row]![at.column]!.push(p);
  }
  return cells
    .map((row) => row.map((cell) => linesOf(cell).map((line) => cellsOf(line).map((c) => c.text).join(' ')).join(' ')))
    .filter((row) => row.some((c) => c !== ''))
    .map((row) => row.join('\t'));
}

/**
 * Rebuilds a PDF's text from its positioned pieces, the way content/sources/ keeps documents:
 * one line per printed line, a table's cells separated by tabs in their columns (an empty cell
 * keeps its place, so a tick stays under its mode), a blank line where the print leaves a gap.
 * A table drawn with borders (`rules`) is read by its grid: each row between its horizontal rules
 * is one line, each cell between its vertical rules one cell, a cell's text wrapped over several
 * printed lines joined, a merged cell's text in the row it is printed in. Without borders, a cell
 * whose text wraps onto a second printed line comes out as a line of its own.
 * @returns the text, and how many bordered tables were read by their grid
 * @example pdfText([{ text: '1', x: 50, y: 700, width: 6, size: 12, page: 1 }, { text: '12369', x: 90, y: 700, width: 30, size: 12, page: 1 }]).text // '1\t12369'
 */
export function pdfText(pieces: readonly Piece[], rules: readonly Rule[] = []): { text: string; grids: number } {
  const grids = gridsOf(rules);
  const inGrid = new Map<Piece, Grid>();
  for (const p of pieces) {
    const grid = grids.find((g) => placeIn(g, p));
    if (grid) inGrid.set(p, grid);
  }
  // Each table stands where its top rule is, between the free text above and below it.
  const used = grids.filter((g) => pieces.some((p) => inGrid.get(p) === g)).sort((a, b) => a.page - b.page || b.ys[0]! - a.ys[0]!);
  const segments: { pieces: Piece[]; grid: Grid | null }[] = [];
  let rest = pieces.filter((p) => !inGrid.has(p));
  for (const grid of used) {
    const above = rest.filter((p) => p.page < grid.page || (p.page === grid.page && p.y > grid.ys[0]!));
    rest = rest.filter((p) => !above.includes(p));
    segments.push({ pieces: above, grid: null }, { pieces: pieces.filter((p) => inGrid.get(p) === grid), grid });
  }
  segments.push({ pieces: rest, grid: null });
  const out = segments
    .map((s) => (s.grid ? `\n${gridRows(s.grid, s.pieces).join('\n')}\n` : freeText(s.pieces)))
    .filter((t) => t !== '');
  return { text: out.join('\n').replace(/\n{3,}/gu, '\n\n').replace(/^\n+|\n+$/gu, ''), grids: used.length };
}

/** A line one line-height from its neighbour (baseline to baseline, in font sizes) stands in the same table: a wrapped cell's next line. */
const WRAP_GAP = 1.8;

type Line = { top: Piece; cells: Cell[] };

/**
 * A table's printed lines as its rows: a line with its first column filled (the 序号) anchors a row,
 * and every other line — a cell's text wrapped onto the next line, or a centred cell's first line
 * above — joins the anchor nearest it (the one above on a tie, as cells start at their top).
 */
function rowsOfTable(block: readonly Line[], columns: readonly { x0: number; x1: number }[]): { top: Piece; bottom: Piece; cells: string[] }[] {
  const columnOf = (c: Cell) => {
    const starts = columns.findIndex((col) => col.x0 - 1 <= c.x0 && c.x0 < col.x1);
    if (starts >= 0) return starts;
    const overlaps = columns.findIndex((col) => c.x0 < col.x1 && col.x0 < c.x1);
    if (overlaps >= 0) return overlaps;
    const middle = (c.x0 + c.x1) / 2;
    return columns.reduce((best, col, k) => (Math.abs((col.x0 + col.x1) / 2 - middle) < Math.abs((columns[best]!.x0 + columns[best]!.x1) / 2 - middle) ? k : best), 0);
  };
  const hasDigit = (line: Line) => line.cells.some((c) => /\d/u.test(c.text));
  const isHead = (line: Line | undefined) => !!line && line.cells.length > 1 && !hasDigit(line);
  const near = (a: Line, b: Line) => Math.abs(a.top.y - b.top.y) <= WRAP_GAP * a.top.size;
  // A narrow heading wrapped round a centred line ("序" / "号码 热线主管部门" / "号") is part of that head, not a row.
  const wrappedHead = (line: Line, i: number) => line.cells.length === 1 && !hasDigit(line) && [block[i - 1], block[i + 1]].some((n) => isHead(n) && near(line, n!));
  const first = block.flatMap((line, i) => (line.cells.some((c) => columnOf(c) === 0) && !wrappedHead(line, i) ? [i] : []));
  if (first.length === 0) return block.map((line) => ({ top: line.top, bottom: line.top, cells: spread([line], columnOf, columns.length) }));
  const nearestOf = (anchors: readonly number[], i: number) => anchors.reduce((best, a) => (Math.abs(block[a]!.top.y - block[i]!.top.y) < Math.abs(block[best]!.top.y - block[i]!.top.y) ? a : best));
  // A head's lines of several cells, above the first data line (the modes' tick columns under 整合方式), are lines of their own, never a wrapped cell.
  const firstData = block.findIndex(hasDigit);
  const anchors = block.flatMap((line, i) => (first.includes(i) || (isHead(line) && (firstData === -1 || i < firstData)) ? [i] : []));
  const members = new Map<number, Line[]>(anchors.map((a) => [a, []]));
  block.forEach((line, i) => members.get(nearestOf(anchors, i))!.push(line));
  // A head wrapped over two lines ("序 号码 热线主" / "号 管部门"): its second line only continues cells the first fills.
  const rows = anchors.map((a) => members.get(a)!);
  for (let k = rows.length - 1; k > 0; k--) {
    const [above, below] = [rows[k - 1]!, rows[k]!];
    const filled = new Set(above.flatMap((l) => l.cells.map(columnOf)));
    const head = [...above, ...below].every((l) => !hasDigit(l));
    if (head && near(above.at(-1)!, below[0]!) && below.every((l) => l.cells.every((c) => filled.has(columnOf(c))))) rows.splice(k - 1, 2, [...above, ...below]);
  }
  return rows.map((lines) => ({ top: lines[0]!.top, bottom: lines.at(-1)!.top, cells: spread(lines, columnOf, columns.length) }));
}

/** The cells of a row's printed lines, column by column, each column's pieces top first. */
function spread(lines: readonly Line[], columnOf: (c: Cell) => number, width: number): string[] {
  const row = Array.from({ length: width }, () => '');
  for (const line of lines) {
    for (const c of line.cells) {
      const k = columnOf(c);
      row[k] = row[k] ? `${row[k]} ${c.text}` : c.text;
    }
  }
  return row;
}

/** Text without borders: lines by their baselines, a table's cells by shared columns, a cell's wrapped lines joined to its row. */
function freeText(pieces: readonly Piece[]): string {
  const lines: Line[] = linesOf(pieces).map((line) => ({ top: line[0]!, cells: cellsOf(line) }));
  const close = (a: Line | undefined, b: Line | undefined) => !!a && !!b && a.top.page === b.top.page && a.top.y - b.top.y <= WRAP_GAP * b.top.size;
  /** In a table: two or more cells, or one cell a line-height from a line that has two or more. */
  const inTable = (i: number) => lines[i]!.cells.length > 1 || [i - 1, i + 1].some((j) => lines[j] && lines[j].cells.length > 1 && close(lines[Math.min(i, j)], lines[Math.max(i, j)]));
  const out: string[] = [];
  let previous: Piece | null = null;
  for (let i = 0; i < lines.length; ) {
    // A table: consecutive lines in a table, laid out in shared columns.
    let end = i;
    while (end < lines.length && inTable(end)) end++;
    const multi = lines.slice(i, end).some((l) => l.cells.length > 1);
    const block = end > i && multi ? lines.slice(i, end) : [lines[i]!];
    const data = new Set(block.filter((l) => l.cells.some((c) => /\d/u.test(c.text))).flatMap((l) => l.cells));
    const columns = block.length > 1 || block[0]!.cells.length > 1 ? columnsOf(block.flatMap((l) => l.cells), (c) => data.has(c)) : [];
    const rows = columns.length === 0 ? block.map((l) => ({ top: l.top, bottom: l.top, cells: [l.cells.map((c) => c.text).join(' ')] })) : rowsOfTable(block, columns);
    for (const { top, bottom, cells } of rows) {
      if (previous && previous.page === top.page && previous.y - top.y > PARAGRAPH_GAP * top.size) out.push('');
      previous = bottom;
      out.push(cells.join('\t'));
    }
    i = Math.max(end && multi ? end : i + 1, i + 1);
  }
  return out.join('\n');
}
