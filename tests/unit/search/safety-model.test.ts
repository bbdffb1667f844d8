import { describe, expect, it } from 'vitest';
import { readFeatures, saysDistress, scoreText } from '../../../src/lib/search/safety-model.ts';
import { readForSafety } from '../../../src/lib/search/safety-normalise.ts';
import { trainModel } from '../../../src/lib/search/safety-train.ts';

const read = (q: string) => readForSafety(q, {}, { innocent: { han: [['死', '机']], words: [] } });

describe('readFeatures', () => {
  it('takes characters and pairs, never across punctuation or a masked innocent word, and English words and pairs', () => {
    expect(readFeatures(read('想死，活'))).toEqual(['想', '想死', '死', '活']);
    expect(readFeatures(read('死机了'))).toEqual(['了']);
    expect(readFeatures(read('I give up'))).toEqual([' i', ' i give', ' give', ' give up', ' up']);
  });
});

describe('the learned score', () => {
  it('adds the weights of the features it finds to its bias, and says distress above its threshold', () => {
    const model = { bias: -1, threshold: 1, weights: { 死: 2, 想死: 1, ' up': 0.5 } };
    expect(scoreText(model, read('想死'))).toBe(2);
    expect(saysDistress(model, read('想死'))).toBe(true);
    expect(saysDistress(model, read('死'))).toBe(false); // 1 is not above 1
    expect(saysDistress(model, read('死机'))).toBe(false);
  });

  it('learns from labelled examples, the same model from the same data, keeping only its heaviest features', () => {
    const examples = [
      ...['想死', '不想活了', '活着好累', '我想去死'].map((q) => ({ text: read(q), distress: true })),
      ...['想家', '好累', '我想去北京', '活动报名', '社保', '手机死机了'].map((q) => ({ text: read(q), distress: false })),
    ];
    const training = { epochs: 200, rate: 0.5, decay: 0.001, features: 40, prune: 0.3, threshold: 0 };
    const model = trainModel(examples, training);
    expect(trainModel(examples, training)).toEqual(model);
    expect(model.weights['死']).toBeGreaterThan(0);
    expect(examples.every((e) => saysDistress(model, e.text) === e.distress)).toBe(true);
    expect(Object.values(model.weights).every((w) => Math.abs(w) >= 0.3)).toBe(true);
    expect(Object.keys(model.weights).length).toBeLessThanOrEqual(40);
  });
});
