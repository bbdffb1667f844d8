import type { SafetyText } from './safety-normalise.ts';
import { readFeatures, type SafetyModel } from './safety-model.ts';

/** One labelled query, already read for safety: distress (true) or not. */
export interface Example {
  text: SafetyText;
  distress: boolean;
}

export interface Training {
  /** Passes over the whole set (full-batch gradient descent: the same data gives the same model). */
  epochs: number;
  rate: number;
  /** Weight decay: keeps a feature seen in few examples from growing large. */
  decay: number;
  /** How many features the model keeps (the heaviest of a first training, then trained again on only them): bytes on every phone. */
  features: number;
  /** Weights smaller than this are dropped from the file. */
  prune: number;
  threshold: number;
}

/**
 * Logistic regression over readFeatures, both classes weighted equally however many examples each has, then
 * again over only the `features` heaviest features, so that what is kept carries what the dropped ones said
 * (a calm word's negative weight included). Deterministic: no random order, no random start. Build-time only
 * (scripts/safety-train.ts).
 * @example trainModel([{ text: read('想死'), distress: true }, { text: read('想家'), distress: false }], training).weights['死'] > 0 // true
 */
export function trainModel(examples: readonly Example[], t: Training): SafetyModel {
  const first = fit(examples, t, null);
  const heaviest = new Set([...first.weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, t.features).map(([f]) => f));
  const { weights, bias } = fit(examples, t, heaviest);
  const round = (x: number) => Math.round(x * 10) / 10;
  const kept = [...weights].filter(([, v]) => Math.abs(v) >= t.prune).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { bias: round(bias), threshold: t.threshold, weights: Object.fromEntries(kept.map(([f, v]) => [f, round(v)])) };
}

/** Full-batch gradient descent on the features of `only` (all when null). */
function fit(examples: readonly Example[], t: Training, only: ReadonlySet<string> | null): { weights: Map<string, number>; bias: number } {
  const features = examples.map((e) => readFeatures(e.text).filter((f) => !only || only.has(f)));
  const positive = examples.filter((e) => e.distress).length;
  const weightOf = (distress: boolean) => examples.length / (2 * (distress ? positive : examples.length - positive));
  const w = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < t.epochs; epoch++) {
    const gradient = new Map<string, number>();
    let gradientBias = 0;
    examples.forEach((e, i) => {
      const z = features[i]!.reduce((sum, f) => sum + (w.get(f) ?? 0), bias);
      const error = (1 / (1 + Math.exp(-z)) - (e.distress ? 1 : 0)) * weightOf(e.distress);
      gradientBias += error;
      for (const f of features[i]!) gradient.set(f, (gradient.get(f) ?? 0) + error);
    });
    bias -= (t.rate * gradientBias) / examples.length;
    for (const [f, g] of gradient) w.set(f, (w.get(f) ?? 0) - t.rate * ((g / examples.length) * 20 + t.decay * (w.get(f) ?? 0)));
  }
  return { weights: w, bias };
}
