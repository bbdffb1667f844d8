import { describe, expect, it } from 'vitest';
import { closestPassage, findQuote, quoteLine } from '../../../src/lib/sources/find-quote.ts';

const chaozhou = '序号\t责任单位\t完成时间\t备注\n11\t市人力资源社会保障局\t10 月底\t已并入，须设专家座席\n';

describe('findQuote', () => {
  it('finds a quote across the document’s spaces, and returns the passage as printed', () => {
    const at = findQuote(chaozhou, '10月底');
    expect(at).not.toBeNull();
    expect(chaozhou.slice(at!.start, at!.end)).toBe('10 月底');
  });

  it('finds a quote written with half-width punctuation where the document has full-width', () => {
    const at = findQuote(chaozhou, '已并入,须设专家座席');
    expect(chaozhou.slice(at!.start, at!.end)).toBe('已并入，须设专家座席');
  });

  it('refuses a column heading glued to its cell: the two are not one passage', () => {
    expect(findQuote(chaozhou, '完成时间 10 月底')).toBeNull();
  });

  it('refuses a quote with one character changed, or words added', () => {
    expect(findQuote(chaozhou, '已并入，须设专家坐席')).toBeNull();
    expect(findQuote(chaozhou, '已并入，须设专家座席（备注）')).toBeNull();
  });

  it('finds nothing for an empty quote', () => {
    expect(findQuote(chaozhou, ' ')).toBeNull();
  });
});

describe('quoteLine', () => {
  it('gives the line a quote starts on, from 1, and null for words the document lacks', () => {
    const document = '通知\n\n（一）工作目标。除110、119、120、122等紧急热线外，全市热线统一归并';
    expect(quoteLine(document, '除110、119、120、122等紧急热线外')).toBe(3);
    expect(quoteLine(document, '除110外')).toBeNull();
  });
});

describe('closestPassage', () => {
  it('shows the passage a near-miss was meant to quote, as the document prints it', () => {
    expect(closestPassage(chaozhou, '已并入，须设专家坐席')).toBe('已并入，须设专家座席');
    expect(closestPassage('（一）工作目标。2021年11月30日前全市32条热线统一归并为“12345热线”（以下简称“热线”）。', '2021年11月30日前全市32条热线统一归并为“12345热线”（工作目标）')).toBe(
      '2021年11月30日前全市32条热线统一归并为“12345热线”（以下简称“',
    );
  });

  it('is empty when the document shares not one character with the quote', () => {
    expect(closestPassage(chaozhou, 'xyz')).toBe('');
  });
});
