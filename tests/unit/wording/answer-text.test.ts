import { describe, expect, it } from 'vitest';
import { answerText, formatDate, partialNotice } from '../../../src/lib/wording/answer-text.ts';
import { answerFor } from '../../../src/lib/engine/answer.ts';
import { resolveList } from '../../../src/lib/engine/resolve.ts';
import { t } from '../../../src/i18n/i18n.ts';
import { city, lists } from '../../support/tiny-lists.ts';
import { list } from '../../../src/lib/schema/list.ts';
import { changes as nationalChanges } from '../../support/tiny-changes.ts';

const names: Record<string, string> = { '350000': '福建省', '350100': '福州市', '350200': '厦门市', '350300': '莆田市', '350500': '泉州市', '440100': '广州市' };
const parents: Record<string, string | null> = { '350000': null, '440100': '440000' };
const words = (locale: 'zh-Hans' | 'en') => ({
  tr: t(locale),
  region: (c: string) => names[c] ?? c,
  text: (text: string) => ({ text, lang: locale === 'en' ? 'zh-Hans' : undefined }),
  ours: (w: { zh: string; en: string }) => (locale === 'en' ? w.en : w.zh),
});
/** The answer with each detail as one line of text, the document's words after the sentence that introduces them. */
const answer = (region: string, number: string, date: string, changes = nationalChanges.filter(() => false)) => {
  const at = { code: region, parent: region in parents ? parents[region]! : '350000' };
  return answerFor(at, resolveList(at, lists), number, date, changes);
};
/** The lists alone (no national change), as the 2021 layer answers. */
const say = (region: string, number: string, date = '2026-11-23', locale: 'zh-Hans' | 'en' = 'zh-Hans') => {
  const text = answerText(answer(region, number, date), { region, number }, words(locale));
  return { verdict: text.verdict, details: text.details.map((d) => d.text + (d.quote?.text ?? '')) };
};
/** Both layers: the tiny national changes applied. */
const sayNow = (region: string, number: string, locale: 'zh-Hans' | 'en' = 'zh-Hans') =>
  answerText(answer(region, number, '2026-11-28', nationalChanges), { region, number }, words(locale));

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

  it('a sub-centre whose document says nothing of hours: the plain label, no 7×24', () => {
    const text = say('350500', '12366');
    expect(text.verdict).toBe('仍可拨打：12345 分中心');
    expect(text.details.join('\n')).not.toMatch(/7\s*[×*]\s*24/);
    expect(say('350500', '12366', '2026-11-23', 'en').verdict).toBe('Still works: a sub-centre of 12345');
  });

  describe('a list whose document promises 7×24, prints a column heading and leaves the department to us', () => {
    const promising = list.parse({
      ...city,
      rules: [{ label: '备注', mode: 'subcenter', text: '设分中心 ：以分中心形式归并到 12345 热线，提供“7*24 小时”全天候人工服务。' }],
      lines: [
        {
          ...city.lines[0],
          department: '市税务局',
          schedule: { deadline: '2021-10-31', label: '完成时间', text: '10 月底', yearAssumed: true },
          inferred: { department: 'matched by order', agents: 'from the 备注' },
        },
      ],
    });
    const text = (locale: 'zh-Hans' | 'en') => {
      const at = { code: '350500', parent: '350000' };
      const found = answerFor(at, resolveList(at, new Map([['350500', promising]])), '12366', '2026-11-23', []);
      return answerText(found, { region: '350500', number: '12366' }, words(locale));
    };

    it('earns the 7×24 label, and shows the words that promise it', () => {
      expect(text('zh-Hans').verdict).toBe('仍可拨打：7×24 小时分中心');
      expect(text('zh-Hans').details).toContainEqual({ text: '关于服务时间，文件原文：', quote: { text: '提供“7*24 小时”全天候人工服务', lang: undefined } });
      expect(text('en').verdict).toBe('Still works: a 24/7 sub-centre of 12345');
    });

    it('shows the column heading as the quote’s label, not inside it', () => {
      expect(text('zh-Hans').details).toContainEqual({ text: '文件原文：', label: { text: '完成时间', lang: undefined }, quote: { text: '10 月底', lang: undefined } });
    });

    it('shows an inferred department and agents as ours', () => {
      const details = text('zh-Hans').details;
      expect(details).toContainEqual({ text: '主管部门（本站推断，不是文件原文）：', quote: { text: '市税务局', lang: undefined } });
      expect(details.map((d) => d.text)).toContain('这一行没有单独写明座席安排，上面一句是本站按文件对这一类热线的总体说明推断的。');
      expect(details.map((d) => d.text)).not.toContain('主管部门：');
    });
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
    const quoted = answerText(answer('350100', '12393', '2026-11-23'), { region: '350100', number: '12393' }, words('en'));
    expect(quoted.details.find((d) => d.quote)?.quote).toEqual({ text: '8 月底', lang: 'zh-Hans' });
  });

  it('in English, lists other regions as English does', () => {
    expect(say('350300', '12319', '2026-11-23', 'en').verdict).toBe('The list gives 12319 only for 福州市');
  });

  it('the region has no list', () => {
    expect(say('440100', '12369').verdict).toBe('暂无广州市的归并清单');
  });
});

describe('answerText with a national change', () => {
  it('says the change first, and keeps what the list said as history', () => {
    const text = sayNow('350200', '12333');
    expect(text.verdict).toBe('已停用，请拨打 12345');
    expect(text.details.map((d) => d.text)).toEqual(['自 2024年4月底起停用', '已在全国停用。', '这是全国性的变化，每个地区都适用，不论当地清单怎么写。']);
    expect(text.history).toMatchObject({ heading: '福建省清单原来的说法（2024年4月底起已不适用）', verdict: '仍可拨打，也可拨打 12345' });
  });

  it('a number the list had already stopped: the list’s day and the change’s, the list agreeing, not superseded', () => {
    const text = sayNow('350100', '12393');
    expect(text.verdict).toBe('已停用，请拨打 12345');
    expect(text.details[0]?.text).toBe('福建省清单自 2021年9月1日起已停用；2024年4月底起全国停用');
    expect(text.history).toMatchObject({ heading: '福建省清单的说法（全国性变化与它一致）', verdict: '已停用，请拨打 12345' });
    const en = sayNow('350100', '12393', 'en');
    expect(en.details[0]?.text).toBe('The 福建省 list had already switched it off from September 1, 2021; switched off nationwide since the end of April 2024.');
    expect(en.history?.heading).toBe('What the 福建省 list says (the national change agrees with it)');
  });

  it('a reassigned number names its new service and the number to dial', () => {
    expect(sayNow('350100', '12319').verdict).toBe('现为新服务热线，请拨打 12319');
    expect(sayNow('350100', '12319', 'en').verdict).toBe('Now the New service line: call 12319');
  });

  it('a region without a list: the change, and that the list is missing', () => {
    const text = sayNow('440100', '12369');
    expect(text.verdict).toBe('已停用，请拨打 12345');
    expect(text.history).toBeNull();
    expect(text.details.at(-1)?.text).toBe('本站没有收录广州市的归并清单；以上是全国性的变化，不取决于地方清单。');
  });

  it('in English', () => {
    const text = sayNow('350200', '12333', 'en');
    expect(text.verdict).toBe('Switched off: call 12345 instead');
    expect(text.details[0]?.text).toBe('Switched off since the end of April 2024.');
    expect(text.history?.heading).toBe('What the 福建省 list said (no longer applies since the end of April 2024)');
  });
});

describe('answerText, for a list held in part', () => {
  const held = { stopsAfter: '保留12315、123', why: { zh: '转载文本在一句中途中断', en: 'the repost breaks off mid-sentence' } };
  const partial = new Map([['350000', list.parse({ ...lists.get('350000')!, source: { ...lists.get('350000')!.source, heldInPart: held } })]]);
  const partialAnswer = (number: string, changes = nationalChanges.filter(() => false)) => {
    const at = { code: '350100', parent: '350000' };
    return answerFor(at, resolveList(at, partial), number, '2026-11-28', changes);
  };

  it('says the copy we hold stops before a number it does not reach, why, and where, in both languages', () => {
    const zh = answerText(partialAnswer('12366'), { region: '350100', number: '12366' }, words('zh-Hans'));
    expect(zh.verdict).toBe('清单文本不全：本站持有的部分在这一行之前中断');
    expect(zh.details.map((d) => d.text + (d.quote?.text ?? ''))).toEqual([
      '福州市适用的清单，本站只持有一部分：转载文本在一句中途中断。持有的文本没有写到 12366，文件后面的部分可能写到它，本站不作推测。可以拨打 12345 咨询。',
      '本站持有的文本到此为止：保留12315、123',
    ]);
    const en = answerText(partialAnswer('12366'), { region: '350100', number: '12366' }, words('en'));
    expect(en.verdict).toBe('Our copy of the list stops before this line');
    expect(en.details[1]).toMatchObject({ quote: { text: '保留12315、123', lang: 'zh-Hans' } });
  });

  it('answers a number the held text names as any list does, and lets a national change speak first', () => {
    expect(answerText(partialAnswer('12393'), { region: '350100', number: '12393' }, words('zh-Hans')).verdict).toBe('已停用，请拨打 12345');
    const now = answerText(partialAnswer('12369', nationalChanges), { region: '350100', number: '12369' }, words('zh-Hans'));
    expect(now.details.at(-1)?.text).toBe('本站持有的福州市适用清单在这一行之前中断；以上是全国性的变化，不取决于地方清单。');
  });

  it('leaves the partial notice to the answer that already says why, never to one a named row or a national change answers', () => {
    const resolution = resolveList({ code: '350100', parent: '350000' }, partial);
    expect(partialNotice(resolution, partialAnswer('12366'))).toBeNull();
    expect(partialNotice(resolution, partialAnswer('12393'))).toEqual(held);
    expect(partialNotice(resolution, partialAnswer('12369', nationalChanges))).toEqual(held);
    expect(partialNotice({ kind: 'none' }, partialAnswer('12366'))).toBeNull();
  });
});
