import { describe, expect, it } from 'vitest';
import { readSpokenNumbers } from '../../../src/lib/search/spoken.ts';

describe('readSpokenNumbers: numbers as people say them', () => {
  it.each([
    ['幺二三六九', '12369'],
    ['一二三一五', '12315'],
    ['壹贰叁肆伍', '12345'],
    ['幺兩三六九', '12369'],
    ['打一二三六九', '12369'],
    ['拨打 幺二三四五', '12345'],
    ['电话12369', '12369'],
    ['电话：12369', '12369'],
    ['12369热线', '12369'],
    ['12369热线电话', '12369'],
    ['tel: 12369', '12369'],
    ['Call 12369', '12369'],
    ['一百一十', '110'],
    ['九万六千一百一十九', '96119'],
    ['一二三一五投诉', '12315投诉'],
    ['one two three six seven', '12367'],
    ['One-Two-Three-Nine-Three', '12393'],
    ['call one two three three three', '12333'],
  ])('%s → %s', (said, read) => expect(readSpokenNumbers(said)).toBe(read));

  it.each(['五险一金', '一死了之', '三无产品', '两个人', '十三五', '三十岁', '七天无理由退货', '打官司', '电话费太贵', 'one or two days', 'two three times a week', 'someone took my phone'])(
    'leaves words that hold a numeral as they are: %s',
    (words) => expect(readSpokenNumbers(words)).toBe(words),
  );
});
