import { describe, expect, it } from 'vitest';
import { dangerOf } from '../../../src/lib/search/safety-model.ts';
import { readForSafety } from '../../../src/lib/search/safety-normalise.ts';
import { foldModels, foldsOf, trainModel, type Training } from '../../../src/lib/search/safety-train.ts';

const read = (q: string) => readForSafety(q, {}, { innocent: { han: [['死', '机']], words: [] } });
const labelled = (label: string | null, ...queries: string[]) => queries.map((q) => ({ text: read(q), label }));
const examples = [
  ...labelled('12356', '想死', '不想活了', '活着好累想死', '我想去死', '真的想死'),
  ...labelled('120', '晕倒了', '妈妈晕倒了', '有人晕倒', '爸爸晕倒叫不醒'),
  ...labelled(null, '想家', '好累', '我想去北京', '活动报名', '社保', '手机死机了', '晕车药', '妈妈的生日'),
  // A kind not learned (122 is left to its patterns): not an example at all.
  ...labelled('122', '车祸'),
];
const training: Training = { classes: ['12356', '120'], threshold: [0, 0], epochs: 200, rate: 0.1, decay: 0.0001, minCount: 1, features: 40, prune: 0.2, calmWeight: 2, calmRounds: 0 };

describe('trainModel', () => {
  const model = trainModel(examples, training);

  it('learns a weight per kind for each feature, the same model from the same data', () => {
    expect(trainModel(examples, training)).toEqual(model);
    expect(model.classes).toEqual(['12356', '120']);
    expect(model.weights['死']![0]).toBeGreaterThan(0);
    expect(model.weights['晕']![1]).toBeGreaterThan(0);
    expect(model.weights['车祸']).toBeUndefined();
    // In tenths, as integers.
    expect([...model.bias, ...Object.values(model.weights).flat()].every(Number.isInteger)).toBe(true);
  });

  it('answers its own examples by their kind', () => {
    expect(examples.filter((e) => e.label !== '122').filter((e) => dangerOf(model, e.text) !== e.label)).toEqual([]);
  });

  it('keeps only its heaviest features, and none whose weights are all below the prune', () => {
    expect(Object.keys(model.weights).length).toBeLessThanOrEqual(40);
    expect(Object.values(model.weights).every((w) => Math.max(...w.map(Math.abs)) >= 2)).toBe(true);
  });

  it('fits again with the ordinary questions it still alarms on weighing more, until none does', () => {
    // A low bar (−1.5) and strong decay: 我想走走 and 走了 share what the danger phrasings say.
    const close = [...labelled('12356', '想走了', '我想走了', '真的想走了', '好想走了', '想死', '不想活了'), ...labelled(null, '想家', '社保', '我想走走', '好累', '走了')];
    const low = { ...training, classes: ['12356'], threshold: [-1.5], decay: 0.05, calmWeight: 1 };
    const alarmed = (m: ReturnType<typeof trainModel>) => close.filter((e) => e.label === null && dangerOf(m, e.text) !== null).length;
    expect(alarmed(trainModel(close, low))).toBe(2);
    const refitted = trainModel(close, { ...low, calmRounds: 3 });
    expect(alarmed(refitted)).toBe(0);
    expect(close.filter((e) => e.label !== null && dangerOf(refitted, e.text) === null)).toEqual([]);
  });

  it('never learns a feature found in fewer examples than minCount', () => {
    const often = trainModel(examples, { ...training, minCount: 2 });
    expect(Object.keys(often.weights)).not.toContain('北京');
  });
});

describe('cross-validation', () => {
  it('cuts each list into runs of neighbours, one run per fold', () => {
    expect(foldsOf(['a', 'a', 'a', 'a', 'b', 'b'], 2)).toEqual([0, 0, 1, 1, 0, 1]);
    expect(foldsOf(['a', 'b', 'a', 'b', 'a', 'b'], 3)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('trains one model per fold on every other fold', () => {
    const fold = foldsOf(
      examples.map((e) => e.label ?? 'calm'),
      2,
    );
    const models = foldModels(examples, training, fold);
    expect(models).toHaveLength(2);
    // Fold 0 holds 想死, never seen by model 0: its features are learned from fold 1 alone.
    expect(models[0]).toEqual(
      trainModel(
        examples.filter((_, i) => fold[i] !== 0),
        training,
      ),
    );
  });
});
