import { describe, expect, it } from 'vitest';
import { answerText, formatDate } from '../../src/lib/answer-text.ts';
import { answerFor } from '../../src/lib/engine/answer.ts';
import { resolveList } from '../../src/lib/engine/resolve.ts';
import { t } from '../../src/i18n/i18n.ts';
import { lists } from '../support/tiny-lists.ts';

const names: Record<string, string> = { '350000': '福建省', '350100': '福州市', '350200': '厦门市', '350300': '莆田市', '350500': '泉州市', '440100': '广州市' };
const parents: Record<string, string | null> = { '350000': null, '440100': '440000' };
const words = (locale: 'zh-Hans' | 'en') => ({
  tr: t(locale),
  region: (c: string) => names[c] ?? c,
  text: (text: string) => ({ text, lang: locale === 'en' ? 'zh-Hans' : undefined }),
});
/** The answer with each detail as one line of text, the document's words after the sentence that introduces them. */
const say = (region: string, number: string, date = '2026-11-23', locale: 'zh-Hans' | 'en' = 'zh-Hans') => {
  const resolution = resolveList({ code: region, parent: parents[region] ?? '350000' }, lists);
  const text = answerText(answerFor(region, resolution, number, date), { region, number }, words(locale));
  return { verdict: text.verdict, details: text.details.map((d) => d.text + (d.quote?.text ?? '')) };
};

describe('answerText', () => {
  it('writes dates as Chinese readers do', () => {
    expect(formatDate('2021-10-01', t())).toBe('2021年10月1日');
  });

  it('cancelled: dial 12345, since when, and the assumed year', () => {
    expect(say('350100', '12393')).toEqual({
      verdict: '已停用，请拨打 12345',
      details: ['自 2021年9月1日 起', '文件原文：8 月底', '文件没有写年份，按 2021 年计。', '文件没有说明话务座席的安排。'],
    });
  });

  it('not yet cancelled on a day before the deadline', () => {
    expect(say('350100', '12393', '2021-08-01').verdict).toBe('仍可拨打，2021年9月1日起停用；也可拨打 12345');
  });

  it('cancelled with no date in the document says so rather than invent one', () => {
    expect(say('350100', '12333').details[0]).toBe('文件没有写明日期');
  });

  it('still works, with the single-city exception spelt out', () => {
    const text = say('350200', '12333');
    expect(text.verdict).toBe('仍可拨打，也可拨打 12345');
    expect(text.details).toContain('原号码保留自己的话务座席。');
    expect(text.details).toContain('厦门市的特别安排：暂时保留厦门市 12333');
  });

  it('a sub-centre', () => {
    expect(say('350500', '12366').verdict).toBe('仍可拨打：7×24 小时分中心');
  });

  it('the list does not mention the number', () => {
    expect(say('350500', '12369')).toEqual({
      verdict: '泉州市的清单没有提到 12369',
      details: ['泉州市适用的清单没有这个号码，本站不作推测。可以拨打 12345 咨询。'],
    });
  });

  it('the list mentions the number only for another city', () => {
    expect(say('350300', '12319').verdict).toBe('清单只为福州市列出 12319');
  });

  it('in English, quoting the document in Chinese and marking it so', () => {
    expect(say('350100', '12393', '2026-11-23', 'en')).toEqual({
      verdict: 'Cancelled: call 12345 instead',
      details: expect.arrayContaining(['Since September 1, 2021', 'The document says: 8 月底']),
    });
    const resolution = resolveList({ code: '350100', parent: '350000' }, lists);
    const quoted = answerText(answerFor('350100', resolution, '12393', '2026-11-23'), { region: '350100', number: '12393' }, words('en'));
    expect(quoted.details.find((d) => d.quote)?.quote).toEqual({ text: '8 月底', lang: 'zh-Hans' });
  });

  it('in English, lists other regions as English does', () => {
    expect(say('350300', '12319', '2026-11-23', 'en').verdict).toBe('The list gives 12319 only for 福州市');
  });

  it('the region has no list', () => {
    expect(say('440100', '12369').verdict).toBe('暂无广州市的归并清单');
  });
});
