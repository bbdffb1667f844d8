import { describe, expect, it } from 'vitest';
import { nearest, typoSearch } from '../../../src/lib/search/typos.ts';

const chars = (s: string) => [...s];

describe('nearest: the fewest edits that turn a query into a stretch of a word', () => {
  it.each([
    ['公积金', '公积金', 0],
    ['公积金', '住房公积金', 0],
    ['公基金', '公积金', 1],
    ['公基金', '住房公积金提取', 1],
    ['gongjijing', 'gongjijin', 1],
    ['huanbo', 'huanbao', 1],
    ['kuaidii', 'kuaidi', 1],
    ['社宝卡', '社保', 2],
    ['abc', '', 3],
    ['', 'abc', 0],
  ])('%s in %s: %i', (query, word, edits) => expect(nearest(chars(query), chars(word))).toBe(edits));

  it('stops once every stretch needs more edits than the limit, answering limit + 1', () => {
    expect(nearest(chars('jinjiang'), chars('hospital bill reimbursement'), 2)).toBe(3);
    expect(nearest(chars('gongjijing'), chars('zhufang gongjijin'), 3)).toBe(1);
  });
});

describe('typoSearch', () => {
  const docs = [
    { names: ['公积金'], words: ['住房公积金', '公积金提取'] },
    { names: ['社保'], words: ['社会保险'] },
    { names: ['环保'], words: ['噪音', '公积'] },
  ];
  const keys = [
    { values: (d: (typeof docs)[number]) => d.names, weight: 1.5 },
    { values: (d: (typeof docs)[number]) => d.words, weight: 2 },
  ];
  const find = typoSearch(docs, keys, 0.4);

  it('finds a word with one character wrong, and nothing further than the threshold', () => {
    expect(find('公基金', 12).map((m) => m.index)).toEqual([0]);
    expect(find('社宝险', 12)).toEqual([]);
  });

  it('ranks the query as typed before a slip, and an entry holding it in more words first', () => {
    const [first, second] = find('公积', 12);
    expect(first).toMatchObject({ index: 0 });
    expect(first!.score).toBeLessThan(second!.score);
    expect(find('公积金', 12)[0]!.score).toBeLessThan(1e-6);
  });

  it('keeps to the limit', () => expect(find('公积', 1)).toHaveLength(1));
});
