import { describe, expect, it } from 'vitest';
import { readRadicals } from '../../../src/lib/import/radicals.ts';

describe('readRadicals', () => {
  it('reads Kangxi radicals (NFKC) and radical-supplement forms as the ideographs they stand for', () => {
    expect(readRadicals('整体并⼊')).toBe('整体并入');
    expect(readRadicals('⺠政局 ⻓春 ⻔户')).toBe('民政局 长春 门户');
    expect(readRadicals('⼀、整体并⼊')).toBe('一、整体并入');
  });

  it('changes nothing else: full-width punctuation, spaces and line breaks stay as extracted', () => {
    const text = '（一）整体并入：１２３４５，\t市 12345\n';
    expect(readRadicals(text)).toBe(text);
  });
});
