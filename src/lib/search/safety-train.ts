import type { SafetyText } from './safety-normalise.ts';
import { readFeatures, type SafetyModel } from './safety-model.ts';

/** One labelled query, already read for safety: the number its kind of danger puts first, or null for an ordinary question. */
export interface Example {
  text: SafetyText;
  label: string | null;
}

export interface Training {
  /** The kinds learned, by the number each puts first (12356, 120…); every other label is not learned. */
  classes: string[];
  /** Each kind's threshold, in the order of `classes`: the file holds each bias less it (SafetyModel.bias). */
  threshold: number[];
  /** Passes over the whole set (full-batch: the same data gives the same model). */
  epochs: number;
  /** Adam's step size. */
  rate: number;
  /** Weight decay: keeps a feature seen in few examples from growing large. */
  decay: number;
  /** A feature found in fewer examples than this is never learned: one sentence's accident is no sign. */
  minCount: number;
  /** How many features the model keeps (the heaviest of a first training, then trained again on only them): bytes on every phone. */
  features: number;
  /** A weight smaller than this is written 0, and a feature whose weights all are is dropped from the file. */
  prune: number;
  /** How much more an ordinary question weighs than a danger phrasing, each kind's examples weighing alike in all: a false alarm costs more. */
  calmWeight: number;
  /** Fits again, at most this many times, with each ordinary question the model still alarms on weighing 4 times more. */
  calmRounds: number;
}

/**
 * Multinomial logistic regression over readFeatures, an ordinary question the reference (score 0), so that a
 * kind's score is its log-odds against a calm question; each kind's examples weighing alike however many it
 * has. Trained twice: once over every feature found in `minCount` examples, then over only the `features`
 * heaviest, so that what is kept carries what the dropped ones said (a calm word's negative weight included).
 * Deterministic: no random order, no random start. Build time only (scripts/safety-train.ts).
 * @example trainModel([{ text: read('想死'), label: '12356' }, { text: read('想家'), label: null }], training).weights['死'][0] > 0 // true
 */
export function trainModel(examples: readonly Example[], t: Training): SafetyModel {
  const learned = examples.filter((e) => e.label === null || t.classes.includes(e.label));
  const counts = new Map<string, number>();
  const featuresOf = learned.map((e) => readFeatures(e.text));
  for (const fs of featuresOf) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const frequent = new Set([...counts].filter(([, n]) => n >= t.minCount).map(([f]) => f));
  const first = fit(learned, featuresOf, t, frequent);
  const weight = (f: string) => Math.max(...first.weights.get(f)!.map(Math.abs));
  const heaviest = new Set([...first.weights.keys()].sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1)).slice(0, t.features));
  let boost = learned.map(() => 1);
  let { weights, bias } = fit(learned, featuresOf, t, heaviest, boost);
  // An ordinary question of the training text the score still alarms on weighs more, and the model is fitted again:
  // a few rounds, so that no seen ordinary question stays above a threshold by the model alone (the bar
  // safety-training.test.ts holds) without raising every threshold, which would cost danger everywhere. Within
  // NEAR of a threshold counts: the shipped weights are rounded to tenths, which can lift a score just under it.
  for (let round = 0; round < t.calmRounds; round++) {
    const alarming = learned.map((e, i) => e.label === null && featuresOf[i]!.reduce((s, f) => s.map((x, k) => x + (weights.get(f)?.[k] ?? 0)), bias).some((x, k) => x > t.threshold[k]! - NEAR));
    if (!alarming.includes(true)) break;
    boost = boost.map((b, i) => (alarming[i] ? b * 4 : b));
    ({ weights, bias } = fit(learned, featuresOf, t, heaviest, boost));
  }
  const tenths = (x: number) => Math.round(x * 10);
  const kept = [...weights].filter(([, w]) => Math.max(...w.map(Math.abs)) >= t.prune).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // A weight below the prune says little, and a 0 costs one byte on every phone.
  return { classes: [...t.classes], bias: bias.map((b, k) => tenths(b - t.threshold[k]!)), weights: Object.fromEntries(kept.map(([f, w]) => [f, w.map((x) => (Math.abs(x) < t.prune ? 0 : tenths(x)))])) };
}

/** How close below a threshold a seen ordinary question's score counts as alarming while the score is fitted again. */
const NEAR = 0.5;

/** Full-batch Adam on the features of `only`: feature → a weight per kind, and a bias per kind. */
function fit(examples: readonly Example[], featuresOf: readonly string[][], t: Training, only: ReadonlySet<string>, boost?: readonly number[]): { weights: Map<string, number[]>; bias: number[] } {
  const K = t.classes.length;
  const index = new Map([...only].sort().map((f, i) => [f, i]));
  const rows = featuresOf.map((fs) => Int32Array.from(fs.flatMap((f) => (index.has(f) ? [index.get(f)!] : []))));
  const labels = examples.map((e) => (e.label === null ? -1 : t.classes.indexOf(e.label)));
  const perKind = [-1, ...t.classes.keys()].map((k) => labels.filter((l) => l === k).length);
  const kinds = perKind.filter((n) => n > 0).length;
  // Each kind's examples weigh 1/kinds of the whole together (ordinary questions `calmWeight` times that).
  const weightOf = labels.map((l, i) => ((l === -1 ? t.calmWeight : 1) * (boost?.[i] ?? 1)) / (kinds * perKind[l + 1]!));
  const P = (index.size + 1) * K; // the last K are the biases
  const w = new Float64Array(P);
  const m = new Float64Array(P);
  const v = new Float64Array(P);
  const g = new Float64Array(P);
  const z = new Float64Array(K);
  const bias = index.size * K;
  for (let epoch = 1; epoch <= t.epochs; epoch++) {
    g.fill(0);
    rows.forEach((row, i) => {
      let sum = 1;
      for (let k = 0; k < K; k++) {
        let s = w[bias + k]!;
        for (const f of row) s += w[f * K + k]!;
        z[k] = Math.exp(Math.min(s, 50));
        sum += z[k]!;
      }
      for (let k = 0; k < K; k++) {
        const error = (z[k]! / sum - (labels[i] === k ? 1 : 0)) * weightOf[i]!;
        g[bias + k]! += error;
        for (const f of row) g[f * K + k]! += error;
      }
    });
    for (let p = 0; p < P; p++) {
      const grad = g[p]! + (p < bias ? t.decay * w[p]! : 0);
      m[p] = 0.9 * m[p]! + 0.1 * grad;
      v[p] = 0.999 * v[p]! + 0.001 * grad * grad;
      w[p]! -= (t.rate * (m[p]! / (1 - 0.9 ** epoch))) / (Math.sqrt(v[p]! / (1 - 0.999 ** epoch)) + 1e-8);
    }
  }
  const weights = new Map([...index].map(([f, i]) => [f, Array.from(w.subarray(i * K, i * K + K))]));
  return { weights, bias: Array.from(w.subarray(bias, bias + K)) };
}

/**
 * k-fold cross-validation: model f is trained on every example but those of fold f, and answers for them.
 * `fold[i]` is example i's fold; a caller keeps one phrasing's variants (neighbours in a list) in one fold,
 * so that no example is answered by a model that saw its near-copies (see foldsOf).
 */
export function foldModels(examples: readonly Example[], t: Training, fold: readonly number[]): SafetyModel[] {
  return Array.from({ length: Math.max(...fold) + 1 }, (_, f) =>
    trainModel(
      examples.filter((_, i) => fold[i] !== f),
      t,
    ),
  );
}

/**
 * Folds for foldModels: each list (`listOf[i]`: a kind in a language from one file) cut into k runs of
 * neighbours, so that every fold holds a part of every list and a phrasing's variants written one after
 * another stay together.
 * @example foldsOf(['a', 'a', 'a', 'a', 'b', 'b'], 2) // [0, 0, 1, 1, 0, 1]
 */
export function foldsOf(listOf: readonly string[], k: number): number[] {
  const size = new Map<string, number>();
  for (const l of listOf) size.set(l, (size.get(l) ?? 0) + 1);
  const seen = new Map<string, number>();
  return listOf.map((l) => {
    const at = seen.get(l) ?? 0;
    seen.set(l, at + 1);
    return Math.floor((at * k) / size.get(l)!);
  });
}
