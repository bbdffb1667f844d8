import { describe, expect, it } from 'vitest';
import { spellNumbers } from '../../../src/lib/wording/spoken-numbers.ts';
import { t } from '../../../src/i18n/i18n.ts';

const numbers = new Set(['12345', '12369', '110', '120']);

describe('numbers for a speech synthesiser', () => {
  it('are read digit by digit in every language, dates left as dates', () => {
    expect(spellNumbers('仍可拨打，2021年10月1日起停用；也可拨打 12345', numbers, t('zh-Hans')('speech.digits'))).toBe('仍可拨打，2021年10月1日起停用；也可拨打 一二三四五');
    expect(spellNumbers('有生命危險請立即撥打 110或120', numbers, t('zh-Hant')('speech.digits'))).toBe('有生命危險請立即撥打 一一零或一二零');
    expect(spellNumbers('Still works until 1 October 2021; call 12345 or 12369.', numbers, t('en')('speech.digits'))).toBe(
      'Still works until 1 October 2021; call one two three four five or one two three six nine.',
    );
  });

  it('leave other digits alone, a longer run holding a number included', () => {
    expect(spellNumbers('0595-12369, 123450', numbers, t('zh-Hans')('speech.digits'))).toBe('0595-一二三六九, 123450');
  });

  it('need ten digit words', () => {
    expect(() => spellNumbers('12345', numbers, '零 一 二')).toThrow('speech.digits: found 3 words; expected ten, for 0 to 9, separated by spaces');
  });
});
