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
const training: Training = { classes: ['12356', '120'], threshold: [0, 0], epochs: 200, rate: 0.1, decay: 0.0001, minCount: 1, features: 40, prune: 0.2, calmWeight: 2 };

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
