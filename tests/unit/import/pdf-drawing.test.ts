import { describe, expect, it } from 'vitest';
import { pageDrawing, type OperatorList } from '../../../src/lib/import/pdf-drawing.ts';

const OPS = { save: 1, restore: 2, transform: 3, constructPath: 4, beginText: 5, endText: 6, setFont: 7, setTextMatrix: 8, moveText: 9, showText: 10, setCharSpacing: 11, setHScale: 12 };
const glyphs = (text: string, width = 1000) => [...text].map((unicode) => ({ unicode, width: unicode === ' ' ? 250 : width, isSpace: unicode === ' ' }));
/** Builds an operator list from [name, args] pairs. */
const list = (...ops: [keyof typeof OPS, unknown][]): OperatorList => ({ fnArray: ops.map(([name]) => OPS[name]), argsArray: ops.map(([, args]) => args) });
/** One run of text: BT, its font, where it starts, its glyphs, ET. */
const run = (text: string, x: number, y: number, width?: number): [keyof typeof OPS, unknown][] => [['beginText', null], ['setFont', ['F1', 10]], ['setTextMatrix', [[1, 0, 0, 1, x, y]]], ['showText', [glyphs(text, width)]], ['endText', null]];

describe('pageDrawing', () => {
  it('gives each run as drawn a piece of its own, however close the next run stands (a table set with no CSS)', () => {
    const { pieces } = pageDrawing(list(...run('12396', 50, 700, 500), ...run('省科技厅', 78, 700)), OPS, 1);
    expect(pieces).toEqual([
      { text: '12396', x: 50, y: 700, width: 25, size: 10, page: 1, drawn: true },
      { text: '省科技厅', x: 78, y: 700, width: 40, size: 10, page: 1, drawn: true },
    ]);
  });

  it('reads a space the run leaves undrawn or draws, measures the run to its last inked glyph, and cuts a run where its line jumps', () => {
    const { pieces } = pageDrawing(
      list(['beginText', null], ['setFont', ['F1', 10]], ['setTextMatrix', [[1, 0, 0, 1, 50, 700]]], ['showText', [glyphs('8')]], ['moveText', [13, 0]], ['showText', [glyphs('月底 ')]], ['moveText', [0, -14]], ['showText', [glyphs('已')]], ['endText', null]),
      OPS,
      2,
    );
    expect(pieces.map((p) => [p.text, p.x, p.y, p.width])).toEqual([
      ['8 月底', 50, 700, 33],
      ['已', 63, 686, 10],
    ]);
  });

  it('places text and rules through the transforms in force (a page drawn flipped and scaled, as Chromium does)', () => {
    const { pieces, rules } = pageDrawing(
      list(['transform', [0.5, 0, 0, -0.5, 0, 800]], ['save', null], ['transform', [2, 0, 0, 2, 0, 0]], ['constructPath', [0, [], [10, 20, 110, 21]]], ['restore', null], ['beginText', null], ['setFont', ['F1', 20]], ['setTextMatrix', [[1, 0, 0, -1, 100, 200]]], ['showText', [[...glyphs('12'), -300, ...glyphs('3')]]], ['endText', null]),
      OPS,
      1,
    );
    expect(rules).toEqual([{ page: 1, x0: 10, y0: 779, x1: 110, y1: 780 }]);
    // A number among the glyphs moves the pen by thousandths of the font size: a third of a character here, a space.
    expect(pieces).toEqual([{ text: '12 3', x: 50, y: 700, width: 33, size: 10, page: 1, drawn: true }]);
  });
});
