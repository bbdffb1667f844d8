import { describe, expect, it } from 'vitest';
import { dangerOf, readFeatures, scoreText, topKind } from '../../../src/lib/search/safety-model.ts';
import { readForSafety } from '../../../src/lib/search/safety-normalise.ts';

const read = (q: string) => readForSafety(q, {}, { innocent: { han: [['死', '机']], words: [] } });

describe('readFeatures', () => {
  it('takes characters, pairs and triples, never across punctuation or a masked innocent word', () => {
    expect(readFeatures(read('想死，活'))).toEqual(['想', '想死', '死', '活']);
    expect(readFeatures(read('不想活'))).toEqual(['不', '不想', '不想活', '想', '想活', '活']);
    expect(readFeatures(read('死机了'))).toEqual(['了']);
  });

  it('takes English words, pairs and triples', () => {
    expect(readFeatures(read('I give up'))).toEqual([' i', ' i give', ' i give up', ' give', ' give up', ' up']);
  });

  it('counts a feature once however often it is said', () => {
    expect(readFeatures(read('死 死'))).toEqual(['死']);
  });
});

describe('the learned score', () => {
  // In tenths, as the file holds them; each bias less its threshold.
  const model = {
    classes: ['12356', '120'],
    bias: [-20, -50],
    weights: { 死: [20, 5], 想死: [10, 0], 晕: [0, 30], 晕倒: [0, 20] },
  };

  it('adds the weights of the features it finds to each kind’s bias', () => {
    expect(scoreText(model, read('想死'))).toEqual([10, -45]);
    expect(scoreText(model, read('晕倒'))).toEqual([-20, 0]);
  });

  it('answers the kind furthest above 0 (its threshold), or none', () => {
    expect(dangerOf(model, read('想死'))).toBe('12356');
    expect(dangerOf(model, read('晕倒'))).toBeNull(); // 0 is not above 0
    expect(dangerOf(model, read('晕倒了想死'))).toBe('12356'); // 12356: 10 above; 120: 5 above
    expect(dangerOf(model, read('晕倒晕'))).toBeNull();
    expect(dangerOf(model, read('死机'))).toBeNull();
  });

  it('reads the same answer from scores already read, surer when given a margin', () => {
    expect(topKind(model, [10, -45])).toBe('12356');
    expect(topKind(model, [-20, 0])).toBeNull();
    expect(topKind(model, [10, 5], 8)).toBe('12356');
    expect(topKind(model, [10, 5], 10)).toBeNull(); // 10 is not above a margin of 10
  });
});
