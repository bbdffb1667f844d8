import { describe, expect, it } from 'vitest';
import { pdfText, type Piece } from '../../../src/lib/import/pdf-rows.ts';

const at = (text: string, x: number, y: number, width = text.length * 10): Piece => ({ text, x, y, width, size: 10, page: 1 });

describe('pdfText', () => {
  it('rebuilds lines top first, and a table’s cells in their columns, an empty cell keeping its place', () => {
    const pieces = [
      at('序号', 50, 700), at('号码', 100, 700), at('整体并入', 200, 700), at('双号并行', 260, 700),
      at('1', 55, 680, 5), at('12396', 100, 680, 30), at('✓', 215, 680, 6),
      at('2', 55, 660, 5), at('12369', 100, 660, 30), at('√', 275, 660, 6),
      at('一、整体并入', 50, 740),
    ];
    expect(pdfText(pieces)).toBe('一、整体并入\n\n序号\t号码\t整体并入\t双号并行\n1\t12396\t✓\t\n2\t12369\t\t√');
  });

  it('joins pieces of one word, spaces words apart, and takes a heading across columns as one cell', () => {
    const pieces = [at('号码', 100, 720, 20), at('整合方式', 200, 720, 120), at('整体并入', 200, 708, 40), at('双号并行', 260, 708, 40), at('12', 100, 696, 10), at('396', 110, 696, 15), at('科技', 130, 696, 20), at('✓', 210, 696, 6)];
    expect(pdfText(pieces)).toBe('号码\t整合方式\t\n\t整体并入\t双号并行\n12396 科技\t✓\t');
  });
});
