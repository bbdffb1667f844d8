import { describe, expect, it } from 'vitest';
import { normaliseQuote, normaliseWithOffsets } from '../../../src/lib/sources/quote-text.ts';

describe('normaliseQuote', () => {
  it('drops every kind of whitespace and line break, even inside a word', () => {
    expect(normaliseQuote('市文化广电旅游 体育局')).toBe('市文化广电旅游体育局');
    expect(normaliseQuote('已停止\n\n话务服务\t，\u3000不再启用\r\n')).toBe('已停止话务服务,不再启用');
  });

  it('drops the paragraph markup the documents were captured with', () => {
    expect(normaliseQuote('<p>12348 全国公共法律服务专用电话</p> <p>12333')).toBe('12348全国公共法律服务专用电话12333');
  });

  it('reads full-width forms as their half-width twins', () => {
    expect(normaliseQuote('（热线主管部门：市司法局）１２３４５')).toBe('(热线主管部门:市司法局)12345');
    expect(normaliseQuote('(热线主管部门:市司法局)12345')).toBe(normaliseQuote('（热线主管部门：市司法局）１２３４５'));
  });

  it('changes nothing else: a different sign, quotation mark or punctuation stays different', () => {
    expect(normaliseQuote('7*24')).not.toBe(normaliseQuote('7×24'));
    expect(normaliseQuote('“12345热线”')).not.toBe(normaliseQuote('"12345热线"'));
    expect(normaliseQuote('10月底。')).not.toBe(normaliseQuote('10月底'));
    expect(normaliseQuote('、')).toBe('、');
  });
});

describe('normaliseWithOffsets', () => {
  it('gives the same text as normaliseQuote, and where each character was', () => {
    const original = '完成时间\t10 月底（<p>备注</p>）';
    const { text, at } = normaliseWithOffsets(original);
    expect(text).toBe(normaliseQuote(original));
    expect([...text].map((_, i) => normaliseQuote(original[at[i]!]!))).toEqual([...text]);
    expect(at.at(-1)).toBe(original.length);
  });
});
