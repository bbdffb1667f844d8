import { describe, expect, it } from 'vitest';
import { writtenDate } from '../../../../src/lib/places/history/written-date.ts';

describe('writtenDate', () => {
  it('reads the Chinese numerals of the State Council replies', () => {
    expect(writtenDate('二〇〇一年一月九日')).toBe('2001-01-09');
    expect(writtenDate('二〇〇〇年十二月三十日')).toBe('2000-12-30');
    expect(writtenDate('二〇一〇年十一月二十六日')).toBe('2010-11-26');
    expect(writtenDate('二〇〇三年十月二十一日')).toBe('2003-10-21');
    expect(writtenDate('二〇一六年七月三十一日')).toBe('2016-07-31');
    expect(writtenDate('二〇〇五年四月十日')).toBe('2005-04-10');
    expect(writtenDate('二零零五年四月十日')).toBe('2005-04-10');
  });

  it('reads Arabic digits', () => {
    expect(writtenDate('2019年11月6日')).toBe('2019-11-06');
    expect(writtenDate(' 2021年2月2日 ')).toBe('2021-02-02');
  });

  it('reads a day whose 日 was dropped, and a month alone', () => {
    expect(writtenDate('二〇〇一年二月二十六')).toBe('2001-02-26');
    expect(writtenDate('2021年3月')).toBe('2021-03');
  });

  it('refuses what is no date rather than guess', () => {
    for (const text of ['二〇〇一年二月三十日', '二〇〇一年十三月一日', '二〇〇一年二三月一日', '二〇〇一年一月四十日', '〇一年一月九日', '2001年', '近日', '二〇〇一年月九日', '2001年2月0日']) {
      expect(writtenDate(text), text).toBeNull();
    }
  });
});
