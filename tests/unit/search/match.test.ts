import { describe, expect, it } from 'vitest';
import { hanScores, latinScores, matchIndex } from '../../../src/lib/search/match.ts';
import { withPinyin } from '../../../src/lib/search/readings.ts';
import type { SearchEntry } from '../../../src/lib/search/entry.ts';

const entry = (number: string, keywords: string[], english: string[] = []): SearchEntry => ({
  number, aliases: [], name: `热线${number}`, label: '', names: [], keywords, department: '', pinyin: [], initials: [], english, href: '', verdict: '',
});
const entries = withPinyin(
  [
    entry('12333', ['工资拖欠', '社保'], ['unpaid wages', 'pension']),
    entry('12319', ['施工噪音', '物业'], ['construction noise']),
    entry('12369', ['噪音', '油烟'], ['noise']),
    entry('12315', ['假货', '投诉'], ['fake goods']),
    entry('12356', ['睡不着', '没有希望'], ['insomnia']),
  ],
  'bao保bu不gong工huo货jia假la拉mei没shui睡you有zhao着xi希wang望qian欠re热shao烧she社shi施tou投tuo拖wu物xian线ye业yin音you油yan烟zao噪zi资su诉',
);
const index = matchIndex(entries);
const ranked = ({ scores }: { scores: number[] }) =>
  entries.map((e, i) => [e.number, scores[i]!] as const).filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]).map(([n]) => n);

describe('matching by meaning units', () => {
  it('matches the parts of a query in any order', () => {
    expect(ranked(hanScores(index, ['拖欠', '工资']))).toEqual(['12333']);
    expect(ranked(hanScores(index, ['工资', '拖欠']))).toEqual(['12333']);
  });

  it('tries a unit no word holds by its character pairs', () => {
    const scores = hanScores(index, ['买到假货']);
    expect(ranked(scores)).toEqual(['12315']);
    expect(scores.whole).toBe(false);
  });

  it('shows every line a word fits, the line that is about it first', () => {
    expect(ranked(hanScores(index, ['噪音']))).toEqual(['12369', '12319']);
  });

  it('matches a single character only when it is the whole query', () => {
    expect(ranked(hanScores(index, ['音']))).toEqual(['12369', '12319']);
    expect(ranked(hanScores(index, ['火星', '音']))).toEqual([]);
  });

  it('matches no word by a piece of it made only of grammar, but a word that is all grammar as itself', () => {
    expect(ranked(hanScores(index, ['车子', '熄火', '了打', '不着']))).toEqual([]);
    expect(ranked(hanScores(index, ['没有']))).toEqual([]);
    expect(ranked(hanScores(index, ['晚上', '睡不着']))).toEqual(['12356']);
    expect(ranked(hanScores(index, ['希望']))).toEqual(['12356']);
    // …and grammar that matches nothing is not a slip to look up by sound.
    const scores = hanScores(index, ['工资', '还是', '没有', '拖欠']);
    expect([ranked(scores), scores.missed]).toEqual([['12333'], false]);
    expect(hanScores(index, ['工资', '火星']).missed).toBe(true);
  });

  it('scores a mostly unmatched query low, so a typo match can come first', () => {
    const [best] = [...hanScores(index, ['公', '基金']).scores].sort((a, b) => b - a);
    expect(best).toBeLessThan(0.5);
  });

  it('matches pinyin whole or in parts, initials from the start, and English word by word', () => {
    expect(ranked(latinScores(index, 'youyanzaoyin', ['youyanzaoyin']))[0]).toBe('12369');
    expect(ranked(latinScores(index, 'gongzituoqian', ['gongzituoqian']))).toEqual(['12333']);
    expect(ranked(latinScores(index, 'gzt', ['gzt']))).toEqual(['12333']);
    expect(ranked(latinScores(index, 'wagesunpaid', ['wages', 'unpaid']))).toEqual(['12333']);
    expect(ranked(latinScores(index, 'noise', ['noise']))).toEqual(['12369', '12319']);
    expect(ranked(latinScores(index, 'myboss', ['my', 'boss']))).toEqual([]);
  });
});
