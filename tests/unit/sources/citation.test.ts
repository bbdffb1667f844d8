import { describe, expect, it } from 'vitest';
import { citation } from '../../../src/lib/sources/citation.ts';

describe('citation', () => {
  it('cites issuer, 《title》 and number, then the section', () => {
    const source = { issuer: '泉州市人民政府办公室', title: '关于印发…的通知', documentNumber: '泉政办〔2021〕53号' };
    expect(citation(source, '一、整体并入')).toBe('泉州市人民政府办公室《关于印发…的通知》泉政办〔2021〕53号，一、整体并入');
    expect(citation(source)).toBe('泉州市人民政府办公室《关于印发…的通知》泉政办〔2021〕53号');
  });

  it('leaves out what the document does not give', () => {
    expect(citation({ issuer: null, title: '潮州市 12345 热线归并清单', documentNumber: null }, '32 条国家热线')).toBe('《潮州市 12345 热线归并清单》，32 条国家热线');
  });
});
