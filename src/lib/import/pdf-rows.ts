import { readRadicals } from './radicals.ts';
import { tableHead } from './table-head.ts';

/** A piece of text as a PDF's text layer gives it: where its baseline starts, how wide it is, its font size. */
export interface Piece {
  text: string;
  x: number;
  /** The baseline, measured up from the page's foot (PDF space). */
  y: number;
  width: number;
  size: number;
  page: number;
  /** A whole run as the page drew it (`pageDrawing`): it never holds part of a neighbouring cell's text, so a narrow gap after it may end its cell. */
  drawn?: boolean;
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
const CELL_GAP = 0.6;
/** Between two runs as drawn, a gap this wide (in font sizes) is a column's edge: a table set with no CSS leaves 3 px between cells. */
const RUN_CELL_GAP = 0.2;
/** Lines further apart than this (in font sizes, baseline to baseline) have a blank line between them. */
const PARAGRAPH_GAP = 2.2;
/** A table part this close under the one above (baseline to baseline, in font sizes) may go on in its columns: a row's height with padding. */
const RESUME_GAP = 3.5;

/** A space's width, in font sizes: about what CJK and Latin fonts give it. */
const SPACE = 0.25;

/**
 * A piece without the spaces at its ends, which a text layer counts in its width (Chromium's "电话 "): a cell's text ends
 * where its last character does, so it neither reaches into the next column nor closes the gap before it.
 */
function trimmed(p: Piece): Piece {
  const lead = p.text.length - p.text.trimStart().length;
  const trail = p.text.length - p.text.trimEnd().length;
  if (lead + trail === 0) return p;
  return { ...p, text: p.text.trim(), x: p.x + lead * SPACE * p.size, width: Math.max(0, p.width - (lead + trail) * SPACE * p.size) };
}

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
  const cells: (Cell & { drawn?: boolean })[] = [];
  for (const p of line) {
    const last = cells.at(-1);
    const gap = last ? p.x - last.x1 : Infinity;
    if (last && gap < (p.drawn && last.drawn ? RUN_CELL_GAP : CELL_GAP) * p.size) {
      last.text += gap < WORD_GAP * p.size ? p.text : ` ${p.text}`;
      last.x1 = Math.max(last.x1, p.x + p.width);
    } else cells.push({ text: p.text, x0: p.x, x1: p.x + p.width, drawn: p.drawn ?? false });
  }
  return cells.map(({ text, x0, x1 }) => ({ x0, x1, text: text.replace(/\s+/gu, ' ').trim() }));
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

/** A bordered table's rows, each its cells' text: every piece in its cell, a cell's wrapped lines joined in reading order. */
function gridRows(grid: Grid, pieces: readonly Piece[]): string[][] {
  const cells = grid.ys.slice(1).map(() => grid.xs.slice(1).map((): Piece[] => []));
  for (const p of pieces) {
    const at = placeIn(grid, p)!;
    cells[at.row]![at.column]!.push(p);
  }
  return cells
    .map((row) => row.map((cell) => linesOf(cell).map((line) => cellsOf(line).map((c) => c.text).join(' ')).reduce(joined, '')))
    .filter((row) => row.some((c) => c !== ''));
}

/**
 * A row the page cut, its part at the top of the next page (in the same columns): it finishes the row above where it has
 * nothing in the first column (no 序号 of its own), or fills one column only where the row above filled more.
 */
function finishes(above: readonly string[], part: readonly string[]): boolean {
  const filled = (cells: readonly string[]) => cells.filter((c) => c !== '').length;
  return part[0] === '' || (filled(part) === 1 && filled(above) > 1);
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
export function pdfText(given: readonly Piece[], rules: readonly Rule[] = []): { text: string; grids: number } {
  const pieces = given.map(trimmed);
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
  const parts: ({ grid: Grid; rows: string[][] } | { text: string })[] = [];
  for (const s of segments) {
    if (!s.grid) {
      const text = freeText(s.pieces);
      if (text !== '') parts.push({ text });
      continue;
    }
    const rows = gridRows(s.grid, s.pieces);
    const last = parts.at(-1);
    const before = last && 'rows' in last ? last : null;
    // A table the page cut goes on under the same rules on the next page.
    if (before && rows[0] && before.grid.page + 1 === s.grid.page && before.grid.xs.length === s.grid.xs.length && finishes(before.rows.at(-1)!, rows[0])) {
      const part = rows.shift()!;
      before.rows[before.rows.length - 1] = before.rows.at(-1)!.map((c, k) => joined(c, part[k] ?? ''));
    }
    parts.push({ grid: s.grid, rows });
  }
  const out = parts.map((p) => ('text' in p ? p.text : `\n${p.rows.map((r) => r.join('\t')).join('\n')}\n`)).filter((t) => t.trim() !== '');
  return { text: out.join('\n').replace(/\n{3,}/gu, '\n\n').replace(/^\n+|\n+$/gu, ''), grids: used.length };
}

/** A line one line-height from its neighbour (baseline to baseline, in font sizes) stands in the same table: a wrapped cell's next line. */
const WRAP_GAP = 1.8;

type Line = { top: Piece; cells: Cell[] };
/** A table's row as printed: its first and last printed line, its cells' text column by column. */
type TableRow = { top: Piece; bottom: Piece; cells: string[] };

/** A run of a column's printed lines with no more than a line's pitch between them: one cell's text, wrapped. */
interface Stack {
  column: number;
  page: number;
  /** Baselines of its first and last line (PDF space: the top is the larger). */
  top: number;
  bottom: number;
  size: number;
  lines: { y: number; text: string }[];
}

/** A hotline's number opening a cell's first line ("12396 科技公益服务", "96889"), never 12345, which every line merges into. */
const HOTLINE_NUMBER = /^\D{0,2}(?!12345(?!\d))\d{5}(?![\d.])/u;

/** Joins two pieces of one cell's or sentence's text: no space between Chinese characters or after Chinese punctuation, one between words. */
const joined = (a: string, b: string) => (a === '' || b === '' ? a + b : /[\u2E80-\uFFEF]$/u.test(a) && /^[\u2E80-\uFFEF]/u.test(b) || /[、，。；：（]$/u.test(a) ? `${a}${b}` : `${a} ${b}`);

/**
 * A borderless table's printed lines as its rows, by where the text stands rather than by its line
 * breaks. Each column's lines are cut into stacks where the gap between two baselines is wider than
 * the text's own line pitch (a cell's padding, or the row's edge): a stack is one cell, however
 * often it wraps. The first column's stacks (the 序号, or whatever the first cell holds) anchor the
 * rows; every other stack joins the anchor it is aligned with — tops, middles or bottoms level, as
 * a table aligns a row's cells — or, if none is, the anchor its middle is nearest. Above the first
 * row with a digit, a stack aligned with no anchor (a second head line under a heading that spans
 * columns: 整体并入 under 整合方式) starts a row of its own.
 */
function rowsOfTable(block: readonly Line[], columns: readonly { x0: number; x1: number }[]): TableRow[] {
  const columnOf = (c: Cell) => {
    const starts = columns.findIndex((col) => col.x0 - 1 <= c.x0 && c.x0 < col.x1);
    if (starts >= 0) return starts;
    const overlaps = columns.findIndex((col) => c.x0 < col.x1 && col.x0 < c.x1);
    if (overlaps >= 0) return overlaps;
    const middle = (c.x0 + c.x1) / 2;
    return columns.reduce((best, col, k) => (Math.abs((col.x0 + col.x1) / 2 - middle) < Math.abs((columns[best]!.x0 + columns[best]!.x1) / 2 - middle) ? k : best), 0);
  };
  const spanOf = (c: Cell) => columns.filter((k) => c.x0 < k.x1 - 1 && k.x0 + 1 < c.x1).length;
  const pieces = block.flatMap((line) => line.cells.map((c) => ({ column: columnOf(c), span: spanOf(c), page: line.top.page, y: line.top.y, size: line.top.size, text: c.text, top: line.top })));
  // The text's line pitch: the closest two baselines of one column come (a cell wrapped onto its next line).
  const gaps: number[] = [];
  for (let k = 0; k < columns.length; k++) {
    const ys = pieces.filter((p) => p.column === k).map((p) => p.page * 1e5 - p.y);
    ys.sort((a, b) => a - b).forEach((y, i) => i > 0 && y - ys[i - 1]! > 0.8 * pieces[0]!.size && gaps.push(y - ys[i - 1]!));
  }
  const pitch = gaps.length > 0 ? Math.min(...gaps) : Infinity;
  const stacks: Stack[] = [];
  for (let k = 0; k < columns.length; k++) {
    let stack: Stack | null = null;
    let span = 0;
    for (const p of pieces.filter((q) => q.column === k).sort((a, b) => a.page - b.page || b.y - a.y)) {
      // A heading across several columns is a cell of its own, never a line of the narrow cell under it.
      // In the first column a sequence number alone on its line (序号 1, 2, 3…) starts a row however close it stands.
      const serial = k === 0 && /^\d{1,3}[.、]?$/u.test(p.text);
      const same = stack && !serial && stack.page === p.page && stack.bottom - p.y <= pitch + Math.max(1, 0.08 * p.size) && (span > 1) === (p.span > 1);
      span = p.span;
      if (stack && same) {
        if (Math.abs(stack.bottom - p.y) < 0.5 * p.size) stack.lines.at(-1)!.text = `${stack.lines.at(-1)!.text} ${p.text}`;
        else stack.lines.push({ y: p.y, text: p.text });
        stack.bottom = p.y;
      } else {
        stack = { column: k, page: p.page, top: p.y, bottom: p.y, size: p.size, lines: [{ y: p.y, text: p.text }] };
        stacks.push(stack);
      }
    }
  }
  // Rows printed without space between them run one cell's stack into the next rows'. Where a stack holds the lines of
  // several rows' first cells, it is cut into one cell per row the way the table aligns its cells: each cell's first line
  // level with its row's first (top-aligned), its middle level with its row's (middle-aligned, a browser's default), or its
  // last line level with its row's last (bottom-aligned). A stack no alignment cuts into cells that all line up stays whole.
  const firsts = stacks.filter((s) => s.column === 0);
  for (const s of [...stacks]) {
    if (s.column === 0) continue;
    const parts = ALIGNMENTS.map((align) => cellsByRow(s, firsts, align)).find((p) => p !== null);
    if (parts) stacks.splice(stacks.indexOf(s), 1, ...parts.map((lines) => ({ ...s, lines, top: lines[0]!.y, bottom: lines.at(-1)!.y })));
  }
  const middle = (s: Stack) => (s.top + s.bottom) / 2;
  const hasDigit = (s: Stack) => s.lines.some((l) => /\d/u.test(l.text));
  const anchors = stacks.filter((s) => s.column === 0);
  const firstData = Math.max(-Infinity, ...stacks.filter((s) => hasDigit(s)).map((s) => s.page * -1e5 + s.top));
  const level = (a: Stack, s: Stack) => (a.page !== s.page ? Infinity : Math.min(Math.abs(a.top - s.top), Math.abs(middle(a) - middle(s)), Math.abs(a.bottom - s.bottom)));
  const members = new Map<Stack, Stack[]>(anchors.map((a) => [a, [a]]));
  // A row may leave its first cell empty (吉林's 96889, printed under row 5 without a 序号): in the column where the rows
  // print their hotline numbers, a cell that opens with one and stands level with no row's first cell starts a row of its own.
  const numbered = (s: Stack) => HOTLINE_NUMBER.test(s.lines[0]!.text);
  const counts = columns.map((_, k) => (k === 0 ? 0 : stacks.filter((s) => s.column === k && numbered(s)).length));
  const numberColumn = counts.indexOf(Math.max(...counts));
  if (counts[numberColumn]! >= 3) {
    for (const s of stacks) if (s.column === numberColumn && numbered(s) && s.page * -1e5 + s.top <= firstData && !anchors.some((a) => level(a, s) <= 0.3 * s.size)) members.set(s, [s]);
  }
  const rest = stacks.filter((s) => s.column !== 0 && !members.has(s)).sort((a, b) => a.page - b.page || b.top - a.top);
  for (const s of rest) {
    const tolerance = 0.3 * s.size;
    const aligned = [...members.keys()].filter((a) => level(a, s) <= tolerance).sort((a, b) => level(a, s) - level(b, s))[0];
    if (aligned) {
      members.get(aligned)!.push(s);
      continue;
    }
    const inHead = s.page * -1e5 + s.top > firstData;
    const samePage = [...members.keys()].filter((a) => a.page === s.page);
    if (inHead || samePage.length === 0) {
      members.set(s, [s]);
      continue;
    }
    const nearest = samePage.reduce((best, a) => (Math.abs(middle(a) - middle(s)) < Math.abs(middle(best) - middle(s)) ? a : best));
    members.get(nearest)!.push(s);
  }
  const topOf = (a: Stack) => a.page * -1e5 + Math.max(...members.get(a)!.map((s) => s.top));
  const rows = [...members.keys()].sort((a, b) => topOf(b) - topOf(a));
  return rows.map((a) => {
    const parts = members.get(a)!;
    const cells = Array.from({ length: columns.length }, () => '');
    for (const s of [...parts].sort((x, y) => y.top - x.top)) cells[s.column] = joined(cells[s.column]!, s.lines.reduce((t, l) => joined(t, l.text), ''));
    const ys = parts.flatMap((s) => [s.top, s.bottom]);
    const top = pieces.find((p) => p.page === a.page && p.y === Math.max(...ys))!.top;
    const bottom = pieces.find((p) => p.page === a.page && p.y === Math.min(...ys))!.top;
    return { top, bottom, cells };
  });
}

/**
 * The columns a table part goes on in, under the part above it: each of its own columns starts in one of those and ends
 * before the next one starts; where several of its own stand in one of those (the modes' names under 整合方式, set apart
 * from the head's first line), they take that one's place.
 * @returns the columns, and where each column above now starts among them; null where one of its own columns stands across two of those, or outside them all
 */
function columnsBelow(own: readonly { x0: number; x1: number }[], above: readonly { x0: number; x1: number }[]): { columns: { x0: number; x1: number }[]; first: number[] } | null {
  const bandOf = (c: { x0: number; x1: number }) => above.findIndex((k, j) => k.x0 - 1 <= c.x0 && c.x0 < (above[j + 1]?.x0 ?? Infinity) && c.x1 <= (above[j + 1]?.x0 ?? Infinity) + 1);
  const bands = own.map(bandOf);
  if (bands.some((b) => b < 0)) return null;
  const parts = above.map((k, j) => {
    const inside = own.filter((_, n) => bands[n] === j);
    return inside.length > 1 ? inside : [k];
  });
  // Where each column above now starts: its text, in the rows already read, goes to the first of the columns that take its place.
  const first = parts.map((_, j) => parts.slice(0, j).reduce((n, p) => n + p.length, 0));
  return { columns: parts.flat(), first };
}

/** A printed line as a table's head, if it is one: its words as the head's reader knows them, radical forms read as ideographs (归并⽅式). */
const headOf = (l: Line) => tableHead(l.cells.map((c) => readRadicals(c.text)));

/** Whether a table part opens with a head of its own: above its first line with a digit, a line that tableHead reads as one, not only the modes' names (潮州's second head line). */
function opensTable(block: readonly Line[]): boolean {
  const data = block.findIndex((l) => l.cells.some((c) => /\d/u.test(c.text)));
  return block.slice(0, data < 0 ? block.length : data).some((l) => [...(headOf(l)?.values() ?? [])].some((c) => c.role !== 'tick'));
}

/** How a table sets a cell's lines in its row's height: from its top, about its middle, or down to its bottom. */
const ALIGNMENTS = ['top', 'middle', 'bottom'] as const;
type Alignment = (typeof ALIGNMENTS)[number];

/** A stack's edge or middle, or a row's, where a cell set with `align` stands level with its row. */
const edge = (s: Pick<Stack, 'top' | 'bottom'>, align: Alignment) => (align === 'top' ? s.top : align === 'bottom' ? s.bottom : (s.top + s.bottom) / 2);

/**
 * A stack of one column's lines cut into the cells of the rows whose anchors (their first cells) stand within it, as a table
 * set with `align` lays them out.
 * @returns each row's lines, top first; null where fewer than two rows stand within the stack or a cut cell would not stand level with its row
 */
function cellsByRow(s: Stack, anchors: readonly Stack[], align: Alignment): Stack['lines'][] | null {
  const tolerance = 0.3 * s.size;
  const rows = anchors.filter((a) => a.page === s.page && edge(a, align) <= s.top + tolerance && edge(a, align) >= s.bottom - tolerance).sort((a, b) => b.top - a.top);
  if (rows.length < 2) return null;
  const cells: Stack['lines'][] = [];
  let from = 0;
  for (const [k, row] of rows.entries()) {
    const next = rows[k + 1];
    const first = s.lines[from];
    if (!first) return null;
    // Where this row's cell ends: before the next row's first line (top), after this row's last (bottom), or as far below its middle as it starts above it.
    const to = !next
      ? s.lines.length
      : align === 'top'
        ? s.lines.findIndex((l, n) => n > from && Math.abs(l.y - next.top) < tolerance)
        : align === 'bottom'
          ? s.lines.findIndex((l, n) => n >= from && Math.abs(l.y - row.bottom) < tolerance) + 1
          : s.lines.findIndex((l, n) => n > from && l.y < 2 * edge(row, 'middle') - first.y - tolerance);
    if (to <= from) return null;
    const cell = s.lines.slice(from, to);
    if (Math.abs(edge({ top: cell[0]!.y, bottom: cell.at(-1)!.y }, align) - edge(row, align)) >= tolerance) return null;
    cells.push(cell);
    from = to;
  }
  return cells;
}

/** Text without borders: lines by their baselines, a table's cells by shared columns, a cell's wrapped lines joined to its row. */
function freeText(pieces: readonly Piece[]): string {
  const lines: Line[] = linesOf(pieces).map((line) => ({ top: line[0]!, cells: cellsOf(line) }));
  const close = (a: Line | undefined, b: Line | undefined) => !!a && !!b && a.top.page === b.top.page && a.top.y - b.top.y <= WRAP_GAP * b.top.size;
  // In a table: a line of two or more cells, and every line a line-height from one in a table (a tall cell's lines above and below its row's others).
  const table = lines.map((l) => l.cells.length > 1);
  for (let i = 1; i < lines.length; i++) table[i] ||= table[i - 1]! && close(lines[i - 1], lines[i]);
  for (let i = lines.length - 2; i >= 0; i--) table[i] ||= table[i + 1]! && close(lines[i], lines[i + 1]);
  const inTable = (i: number) => table[i]!;
  const out: string[] = [];
  let previous: Piece | null = null;
  // Where the text's lines end on each page: the right edge a wrapped paragraph's lines reach.
  const rightEdge = new Map<number, number>();
  lines.forEach((l, i) => !table[i] && l.cells.length === 1 && rightEdge.set(l.top.page, Math.max(rightEdge.get(l.top.page) ?? 0, l.cells[0]!.x1)));
  let wrapsOn: { line: Line } | null = null;
  /** The next line's first word (a number and its punctuation, or one character) would not have fitted at the end of this one. */
  const wrapped = (line: Line, next: Line) => {
    const [cell, after] = [line.cells[0]!, next.cells[0]!];
    const word = /^[\p{L}\p{N}\p{P}]*?[\p{N}A-Za-z]+[、，,.。；;：:)）]?/u.exec(after.text)?.[0] ?? after.text.slice(0, 1);
    const perChar = (after.x1 - after.x0) / Math.max(1, after.text.length);
    return cell.x1 + word.length * perChar > (rightEdge.get(line.top.page) ?? Infinity) - 0.5 * line.top.size;
  };
  /** The table just read: the line after it, its columns, and its rows so far, each where it is in `out`. */
  let above = null as { end: number; columns: { x0: number; x1: number }[]; written: { at: number; cells: string[] }[] } | null;
  for (let i = 0; i < lines.length; ) {
    // A table: consecutive lines in a table, laid out in shared columns.
    let end = i;
    // A table's part on each page is laid out on its own (a page may start another table under the same heading).
    // A gap wider than a paragraph's ends the table too: the next table under it may set its columns otherwise.
    while (end < lines.length && inTable(end) && lines[end]!.top.page === lines[i]!.top.page && (end === i || lines[end - 1]!.top.y - lines[end]!.top.y <= PARAGRAPH_GAP * lines[end]!.top.size)) end++;
    // So does a head under its rows (序号 号码 责任单位…, a line tableHead reads as one): the next table starts at the widest gap
    // above it, after its rows' last line with a digit (of gaps as wide, rows set without padding, the one nearest the head),
    // and may set its columns otherwise.
    const digits = (l: Line) => l.cells.some((c) => /\d/u.test(c.text));
    const firstDigits = lines.slice(i, end).findIndex(digits);
    const nextHead = firstDigits < 0 ? -1 : lines.slice(i + firstDigits, end).findIndex((l) => headOf(l) !== null);
    if (nextHead > 0) {
      const at = i + firstDigits + nextHead;
      let from = at;
      while (from > i && !digits(lines[from - 1]!)) from--;
      const gap = (k: number) => lines[k - 1]!.top.y - lines[k]!.top.y;
      end = Array.from({ length: at - from + 1 }, (_, n) => from + n).reduce((best, k) => (gap(k) >= gap(best) ? k : best), from);
    }
    const multi = lines.slice(i, end).some((l) => l.cells.length > 1);
    let block = end > i && multi ? lines.slice(i, end) : [lines[i]!];
    const data = new Set(block.filter((l) => l.cells.some((c) => /\d/u.test(c.text))).flatMap((l) => l.cells));
    let columns = block.length > 1 || block[0]!.cells.length > 1 ? columnsOf(block.flatMap((l) => l.cells), (c) => data.has(c)) : [];
    // A table's part at the top of a page, under a table that ran to the foot of the one before, continues it: its columns
    // (the head's, with every tick column) stand for this part's too, where every cell here starts in one of them.
    const before = above;
    const follows = before !== null && before.end === i && i > 0;
    const turned = follows && lines[i - 1]!.top.page < lines[i]!.top.page;
    // Further down the same page, a part that follows the table closely (within a row's height: a tall row's label, 潮州's
    // "32 条国家热线" set one character a line, or its rows after a head row set apart) goes on in its columns.
    const below = follows && !turned && lines[i - 1]!.top.y - lines[i]!.top.y <= RESUME_GAP * lines[i]!.top.size;
    const within = (c: Cell, k: { x0: number; x1: number }) => k.x0 - 1 <= c.x0 && c.x0 < k.x1;
    // Its part may be one column's text alone (a long cell the page cut): lines each inside one of its columns, a line's pitch apart.
    // Down the same page it may be rows whose cells each stand in one column (a row's other cells left empty): lines each inside one of them.
    if ((turned || below) && !multi) {
      const band = (l: Line) => before.columns.find((k) => within(l.cells[0]!, k) && l.cells[0]!.x1 <= k.x1 + l.top.size);
      const first = band(lines[i]!);
      let run = i;
      while (first && run < lines.length && lines[run]!.cells.length === 1 && (run === i || close(lines[run - 1], lines[run])) && (turned ? band(lines[run]!) === first : band(lines[run]!))) run++;
      if (run > i) [block, end, columns] = [lines.slice(i, run), run, before.columns];
    }
    // A part that opens with a head of its own (the head printed again on the next page, or another table's) is a table of its own.
    const opens = opensTable(block);
    const continues = turned && !opens && columns.length > 0 && block.every((l) => l.cells.every((c) => before.columns.some((k) => within(c, k))));
    // There, each of the part's own columns must stand in one of the columns above alone: the head's columns, with the tick
    // columns its rows leave empty, then stand for its rows too.
    const resumed = below && !opens && columns.length > 0 ? (columns === before!.columns ? { columns, first: columns.map((_, j) => j) } : columnsBelow(columns, before!.columns)) : null;
    const resumes = resumed !== null;
    if (continues) columns = before!.columns;
    if (resumed) {
      columns = resumed.columns;
      // The rows already read (the head's first line) are laid out again in the columns that now stand for theirs.
      for (const row of before!.written) {
        row.cells = row.cells.reduce((cells, text, j) => Object.assign(cells, { [resumed.first[j]!]: text }), columns.map(() => ''));
        out[row.at] = row.cells.join('\t');
      }
    }
    const rows: TableRow[] = columns.length === 0 ? block.map((l) => ({ top: l.top, bottom: l.top, cells: [l.cells.map((c) => c.text).join(' ')] })) : rowsOfTable(block, columns);
    // A row the page cut: its part at the top of this page finishes the row above.
    const cutRow = before?.written.at(-1);
    if (continues && cutRow && rows[0] && finishes(cutRow.cells, rows[0].cells)) {
      const cut = rows.shift()!;
      cutRow.cells = cutRow.cells.map((c: string, k: number) => joined(c, cut.cells[k] ?? ''));
      out[cutRow.at] = cutRow.cells.join('\t');
    }
    const written = continues || resumes ? before!.written : [];
    for (const { top, bottom, cells } of rows) {
      // A paragraph's line that runs to the text's right edge goes on in the next line: one sentence, as the document wrote it
      // (a sentence listing numbers reads whole).
      const line = lines[i]!;
      if (columns.length === 0 && wrapsOn && close(wrapsOn.line, line) && line.cells.length === 1 && wrapped(wrapsOn.line, line)) {
        out[out.length - 1] = joined(out.at(-1)!, cells.join(''));
        wrapsOn = null;
      } else {
        if (previous && previous.page === top.page && previous.y - top.y > PARAGRAPH_GAP * top.size) out.push('');
        out.push(cells.join('\t'));
        if (columns.length > 1) written.push({ at: out.length - 1, cells });
      }
      previous = bottom;
      wrapsOn = columns.length === 0 && line.cells.length === 1 ? { line } : null;
    }
    above = columns.length > 1 ? { end, columns, written } : null;
    i = Math.max(end && (multi || continues || resumes) ? end : i + 1, i + 1);
  }
  return out.join('\n');
}
