import { describe, expect, it } from 'vitest';
import { pinyinForms } from '../../../src/lib/search/pinyin.ts';

describe('pinyinForms', () => {
  it('gives full pinyin and initials, without tones or spaces', () => {
    expect(pinyinForms(['环保', '公积金'])).toEqual({ pinyin: ['huanbao', 'gongjijin'], initials: ['hb', 'gjj'] });
  });

  it('leaves out texts with no Chinese, and ignores digits inside names', () => {
    expect(pinyinForms(['tax', '12315 热线'])).toEqual({ pinyin: ['rexian'], initials: ['rx'] });
  });

  it('reads the words of our data that pinyin-pro misreads as people say them', () => {
    expect(pinyinForms(['河长', '还贷', '显示签收没收到']).pinyin).toEqual(['hezhang', 'huandai', 'xianshiqianshoumeishoudao']);
  });

  it('writes ü as v, as phone keyboards do', () => {
    expect(pinyinForms(['旅游']).pinyin).toEqual(['lvyou']);
  });
});
