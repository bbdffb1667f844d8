import type { Piece, Rule } from './pdf-rows.ts';

/** A page's content as pdf.js lists its operators: each operator's id (pdf.js `OPS`) and its arguments. */
export interface OperatorList {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
}

/** A glyph as pdf.js passes it to a text-showing operator (a number between glyphs moves the pen, in thousandths of the font size). */
type Glyph = number | { unicode?: string; width?: number; isSpace?: boolean } | null;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** `n` applied first, then `m` (pdf.js's Util.transform): a new CTM is `times(ctm, cm)`, a glyph's place `times(ctm, times(tm, …))`. */
const times = (m: Matrix, n: Matrix): Matrix => [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
const matrix = (args: unknown): Matrix => Array.from(args as ArrayLike<number>).slice(0, 6) as Matrix;

/** A gap inside a run wider than this (in font sizes) is a space the print did not draw; wider than RUN_GAP, a new piece. */
const SPACE_GAP = 0.15;
const RUN_GAP = 0.5;

/**
 * What a page draws, from its operators: every text run as a piece where its first glyph stands, as wide as its glyphs
 * reach (spaces at its ends not counted), and every path's bounding box, a table's rules among them. A run is what the
 * producer drew between two BT … ET (Chromium: one cell's line) and never runs on into a neighbouring cell, as pdf.js's own
 * text items may where a table's columns stand closer than a word space (a page printed with no table CSS); a run is cut
 * where its line jumps, its pen goes back, or a gap is wider than half a character.
 * @param ops pdf.js's `OPS`, by name
 * @example pageDrawing({ fnArray: [OPS.beginText, OPS.setFont, OPS.setTextMatrix, OPS.showText, OPS.endText], argsArray: [null, ['F1', 10], [1, 0, 0, 1, 50, 700], [[{ unicode: '1', width: 500 }]], null] }, OPS, 1).pieces
 * // [{ text: '1', x: 50, y: 700, width: 5, size: 10, page: 1 }]
 */
export function pageDrawing(list: OperatorList, ops: Readonly<Record<string, number>>, page: number): { pieces: Piece[]; rules: Rule[] } {
  const op = (name: string) => ops[name] ?? -1;
  const pieces: Piece[] = [];
  const rules: Rule[] = [];
  const saved: { ctm: Matrix; text: typeof text }[] = [];
  let ctm: Matrix = IDENTITY;
  let text = { size: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0 };
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  /** The piece being drawn, where its next glyph would stand, and where its last inked glyph ends. */
  let run: { piece: Piece; pen: number; ink: number } | null = null;
  const finish = () => {
    if (run && run.piece.text.trim() !== '') pieces.push({ ...run.piece, text: run.piece.text.trimEnd(), width: run.ink - run.piece.x, drawn: true });
    run = null;
  };
  const moveTo = (tx: number, ty: number) => {
    tlm = times(tlm, [1, 0, 0, 1, tx, ty]);
    tm = tlm;
  };
  const show = (glyphs: readonly Glyph[]) => {
    for (const glyph of glyphs) {
      if (glyph === null) continue;
      if (typeof glyph === 'number') {
        tm = times(tm, [1, 0, 0, 1, (-glyph / 1000) * text.size * text.hScale, 0]);
        continue;
      }
      const place = times(ctm, times(tm, [text.size * text.hScale, 0, 0, text.size, 0, text.rise]));
      const [x, y, size] = [place[4], place[5], Math.hypot(place[2], place[3])];
      const advance = (((glyph.width ?? 0) / 1000) * text.size + text.charSpacing + (glyph.isSpace ? text.wordSpacing : 0)) * text.hScale;
      const end = x + advance * Math.hypot(...times(ctm, tm).slice(0, 2) as [number, number]);
      tm = times(tm, [1, 0, 0, 1, advance, 0]);
      const char = glyph.unicode ?? '';
      const blank = char.trim() === '';
      const goesOn = run !== null && Math.abs(run.piece.y - y) < 0.2 * size && x > run.pen - RUN_GAP * size && x - run.pen < RUN_GAP * size;
      if (!goesOn) {
        finish();
        if (blank) continue;
        run = { piece: { text: '', x, y, width: 0, size, page }, pen: x, ink: x };
      }
      const current = run!;
      if (x - current.pen > SPACE_GAP * size && !current.piece.text.endsWith(' ')) current.piece.text += ' ';
      current.piece.text += blank ? (current.piece.text.endsWith(' ') ? '' : ' ') : char;
      current.pen = end;
      if (!blank) current.ink = end;
    }
  };
  list.fnArray.forEach((fn, i) => {
    const args = (list.argsArray[i] ?? []) as unknown[];
    if (fn === op('save')) saved.push({ ctm, text: { ...text } });
    else if (fn === op('restore')) ({ ctm, text } = saved.pop() ?? { ctm, text });
    else if (fn === op('transform')) ctm = times(ctm, matrix(args));
    else if (fn === op('constructPath')) {
      const box = args.at(-1) as ArrayLike<number> | null;
      if (!box || box.length < 4) return;
      const corners = [
        [box[0]!, box[1]!],
        [box[2]!, box[3]!],
      ].map(([x, y]) => [ctm[0] * x! + ctm[2] * y! + ctm[4], ctm[1] * x! + ctm[3] * y! + ctm[5]] as const);
      const [[ax, ay], [bx, by]] = corners as [readonly [number, number], readonly [number, number]];
      rules.push({ page, x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) });
    } else if (fn === op('beginText')) {
      finish();
      tm = tlm = IDENTITY;
    } else if (fn === op('endText')) finish();
    else if (fn === op('setFont')) text.size = Number(args[1]) || 0;
    else if (fn === op('setTextMatrix')) tm = tlm = matrix(args.length === 1 ? args[0] : args);
    else if (fn === op('moveText')) moveTo(Number(args[0]), Number(args[1]));
    else if (fn === op('setLeadingMoveText')) {
      text.leading = -Number(args[1]);
      moveTo(Number(args[0]), Number(args[1]));
    } else if (fn === op('nextLine')) moveTo(0, -text.leading);
    else if (fn === op('setLeading')) text.leading = Number(args[0]);
    else if (fn === op('setCharSpacing')) text.charSpacing = Number(args[0]);
    else if (fn === op('setWordSpacing')) text.wordSpacing = Number(args[0]);
    else if (fn === op('setHScale')) text.hScale = Number(args[0]) / 100;
    else if (fn === op('setTextRise')) text.rise = Number(args[0]);
    else if (fn === op('showText') || fn === op('showSpacedText')) show(args[0] as Glyph[]);
  });
  finish();
  return { pieces, rules };
}
