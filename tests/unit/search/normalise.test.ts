import { describe, expect, it } from 'vitest';
import { normaliseQuery } from '../../../src/lib/search/normalise.ts';

const t2s = { 環: '环', 護: '护', 積: '积' };

describe('normaliseQuery', () => {
  it.each([
    ['12369', '12369'],
    ['１２３６９', '12369'],
    [' 123 69 ', '12369'],
    ['123-69', '12369'],
    ['123—69', '12369'],
    ['+86 12369', '12369'],
    ['+8612369', '12369'],
    ['0086-12369', '12369'],
    ['0595-12369', '12369'],
    ['(0595) 12369', '12369'],
    ['010-12345', '12345'],
    ['020 12369', '12369'],
    ['1236', '1236'],
    ['96618', '96618'],
    ['10101101', '10101101'],
  ])('reads %j as the number %s', (raw, digits) => {
    expect(normaliseQuery(raw, t2s).digits).toBe(digits);
  });

  it.each([
    ['環保', '环保', false],
    ['环 保', '环保', false],
    ['公積金！', '公积金', false],
    ['ＨＵＡＮＢＡＯ', 'huanbao', true],
    ['huan bao', 'huanbao', true],
    ['GJJ', 'gjj', true],
    ['12369 环保', '12369环保', false],
  ])('reads %j as the words %j (Latin: %s)', (raw, text, latin) => {
    expect(normaliseQuery(raw, t2s)).toMatchObject({ digits: null, text, latin });
  });

  it.each([
    ['gōngjījīn', 'gongjijin'],
    ['GŌNG JĪ JĪN', 'gongjijin'],
    ['gong1 ji1 jin1', 'gongjijin'],
    ['lǜshī', 'lvshi'],
  ])('reads pinyin with tones %j as %j', (raw, text) => {
    expect(normaliseQuery(raw, t2s)).toMatchObject({ text, latin: true });
  });

  it('keeps the Latin words apart for English, apostrophes dropped', () => {
    expect(normaliseQuery("My boss didn't pay", t2s).words).toEqual(['my', 'boss', 'didnt', 'pay']);
    expect(normaliseQuery('12315 fake goods', t2s).words).toEqual(['fake', 'goods']);
  });

  it('finds the numbers inside words', () => {
    expect(normaliseQuery('12369 环保', t2s).numbers).toEqual(['12369']);
    expect(normaliseQuery('打12 环保', t2s).numbers).toEqual([]);
  });

  it('turns odd input into an empty query rather than an error', () => {
    for (const raw of ['', '   ', '-', '+', '！？', '\u0000', '🙂', '<script>']) {
      const q = normaliseQuery(raw, t2s);
      expect(q.digits === null || q.digits === '').toBe(true);
    }
    expect(normaliseQuery('<script>', t2s).text).toBe('script');
  });
});
