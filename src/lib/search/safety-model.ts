import { MASK, SEP, type SafetyText } from './safety-normalise.ts';

/**
 * A small learned score of danger, beside the patterns: what no pattern was written for (a new way of saying
 * one wishes to die, a fall described in a neighbour's words, a smell of gas in a dialect) is still
 * recognised by the pieces it is made of. A linear model per kind of danger — distress (12356), a medical
 * emergency (120), a fire, gas or someone trapped (119), a crime, a threat or a missing person (110) — over
 * the query as the safety check reads it (innocent words masked): each Chinese character, pair and triple of
 * characters, each English word, pair of words and word stem has a weight per kind; a kind's score is its
 * bias plus the weights of the features found, read as the log-odds of that kind against an ordinary
 * question. Trained by scripts/safety-train.ts (src/lib/search/safety-train.ts) on the safety query set,
 * content/safety-training.yaml and the catalogue's own words as ordinary questions, and written to
 * content/safety-model.json. It is asked only when no pattern matched: a pattern's answer always wins.
 */
export interface SafetyModel {
  /** What each kind puts first, in the order of `bias`, `threshold` and each feature's weights: 12356, then emergency numbers. */
  classes: string[];
  /** Every number of the model is in tenths, as integers: fewer bytes on every phone. */
  bias: number[];
  /**
   * A kind is said when its score is above its threshold; the emergencies' are high, since a false 110 button
   * under the box is worse than a missed 12356 (which the safety-net line still offers).
   */
  threshold: number[];
  /** Feature → its weight for each kind: a Chinese character, pair or triple (活, 活着), or English after a space (" die", " end it", " suic~"). */
  weights: Record<string, number[]>;
}

/** The letters of an English word kept as its stem (killing, killed → " kill~"; suicidal, suicde → " suic~"). */
const STEM = 4;

/**
 * The features of a text read for safety, each once: Chinese characters, adjacent pairs and triples (never
 * across punctuation or a masked innocent word); English words, adjacent pairs, and the stem of each word
 * longer than its stem.
 * @example readFeatures({ han: ['想', '死'], words: ['dying'] }) // ['想', '想死', '死', ' dying', ' dyin~']
 */
export function readFeatures(text: SafetyText): string[] {
  const out = new Set<string>();
  const free = (t: string | undefined) => t !== undefined && t !== SEP && t !== MASK;
  text.han.forEach((a, i, han) => {
    if (!free(a)) return;
    out.add(a);
    if (!free(han[i + 1])) return;
    out.add(a + han[i + 1]);
    if (free(han[i + 2])) out.add(a + han[i + 1] + han[i + 2]);
  });
  text.words.forEach((a, i, words) => {
    if (!free(a)) return;
    out.add(` ${a}`);
    if (free(words[i + 1])) out.add(` ${a} ${words[i + 1]}`);
    if (a.length > STEM) out.add(` ${a.slice(0, STEM)}~`);
  });
  return [...out];
}

/** Each kind's score of a text, in tenths: its bias plus the weights of the text's features. */
export function scoreText(model: SafetyModel, text: SafetyText): number[] {
  const scores = [...model.bias];
  for (const f of readFeatures(text)) {
    const w = model.weights[f];
    if (w) w.forEach((x, k) => (scores[k]! += x));
  }
  return scores;
}

/**
 * The number the model would put first, or null: of the kinds whose score is above their threshold, the one
 * furthest above it.
 * @example dangerOf(model, read('我妈摔倒了起不来')) // '120'
 */
export function dangerOf(model: SafetyModel, text: SafetyText): string | null {
  const scores = scoreText(model, text);
  let best: string | null = null;
  let margin = 0;
  scores.forEach((s, k) => {
    const above = s - model.threshold[k]!;
    if (above > margin) [best, margin] = [model.classes[k]!, above];
  });
  return best;
}
