import { MASK, SEP, type SafetyText } from './safety-normalise.ts';

/**
 * A small learned score of danger, beside the patterns: what no pattern was written for (a new way of saying
 * one wishes to die, a fall described in a neighbour's words, a smell of gas in a dialect) is still
 * recognised by the pieces it is made of. A linear model per kind of danger — distress (12356), a medical
 * emergency (120), a fire, gas or someone trapped (119), a crime, a threat or a missing person (110) — over
 * the query as the safety check reads it (innocent words masked): each Chinese character, pair and triple of
 * characters, each English word, pair and triple of words has a weight per kind; a kind's score is its
 * bias plus the weights of the features found, read as the log-odds of that kind against an ordinary
 * question. Trained by scripts/safety-train.ts (src/lib/search/safety-train.ts) on the safety query set,
 * content/safety-training/ and the catalogue's own words as ordinary questions, and written to
 * content/safety-model.json. It is asked when no pattern matched; a pattern's answer wins, but in a query about a
 * show, a sale, a job or a pet, where a confident calm score overrules it (safety.ts; never the crisis line for a person
 * speaking of themself). Measured by five-fold cross-validation and on phrasings held out (content/safety.yaml's notes
 * on the learned score): through the whole check, 86.1 % of 9,783 danger phrasings with their own number first out of
 * fold, against 64.2 % for the patterns alone (2026-12-07, evening).
 */
export interface SafetyModel {
  /** What each kind puts first, in the order of `bias` and of each feature's weights: 12356, then emergency numbers. */
  classes: string[];
  /**
   * Each kind's bias less its threshold, so that a kind is said when its score is above 0. Every number of the
   * model is in tenths, as integers: fewer bytes on every phone. The thresholds (scripts/safety-train.ts) are high
   * for the emergencies, since a false 110 button under the box is worse than a missed 12356 (which the
   * safety-net line still offers).
   */
  bias: number[];
  /** Feature → its weight for each kind: a Chinese character, pair or triple (活, 活着), or English after a space (" die", " end it"). */
  weights: Record<string, number[]>;
}

/**
 * The features of a text read for safety, each once: each Chinese character or English word, and the pair and
 * triple it begins (never across punctuation or a masked innocent word). Word stems (kill~ for killing, killed)
 * were tried on 2026-12-07 and found nothing more in cross-validation: they are not read.
 * @example readFeatures({ han: ['想', '死'], words: ['i', 'give', 'up'] }) // ['想', '想死', '死', ' i', ' i give', ' i give up', ' give', ' give up', ' up']
 */
export function readFeatures(text: SafetyText): string[] {
  const out = new Set<string>();
  // No token is empty: undefined (past the end), SEP and MASK are where a piece stops.
  const free = (t: string | undefined) => !!t && t !== SEP && t !== MASK;
  const pieces = (tokens: readonly string[], mark: string) =>
    tokens.forEach((_, i) => {
      let piece = '';
      for (let k = i; k < i + 3 && free(tokens[k]); k++) out.add((piece += mark + tokens[k]));
    });
  pieces(text.han, '');
  pieces(text.words, ' ');
  return [...out];
}

/** Each kind's score of a text, in tenths, less its threshold: its bias plus the weights of the text's features. */
export function scoreText(model: SafetyModel, text: SafetyText): number[] {
  const scores = [...model.bias];
  for (const f of readFeatures(text)) (model.weights[f] || []).forEach((w, k) => (scores[k]! += w));
  return scores;
}

/**
 * The number the model would put first, or null: of the kinds whose score is above `margin` (in tenths above their
 * threshold; 0, the threshold itself, unless asked to be surer), the one furthest above it.
 * @example dangerOf(model, read('我妈摔倒了起不来')) // '120'
 */
export function dangerOf(model: SafetyModel, text: SafetyText, margin = 0): string | null {
  return topKind(model, scoreText(model, text), margin);
}

/**
 * dangerOf on scores already read (scoreText): for a caller that weighs the same scores again.
 * @example topKind(model, [-5, 12, -40, -30]) // '120'
 */
export function topKind(model: SafetyModel, scores: readonly number[], margin = 0): string | null {
  const top = Math.max(margin, ...scores);
  return top > margin ? model.classes[scores.indexOf(top)]! : null;
}
