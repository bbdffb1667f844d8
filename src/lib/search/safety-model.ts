import { MASK, SEP, type SafetyText } from './safety-normalise.ts';

/**
 * A small learned score of distress, beside the patterns: what no pattern was written for (a new way of
 * saying one wishes to die, a diary's sentence) is still recognised by the pieces it is made of. A linear
 * model over the query as the safety check reads it (innocent words masked): each Chinese character and
 * pair of characters, each English word and pair of words, has a weight; their sum plus `bias` above
 * `threshold` says distress. Trained by scripts/safety-train.ts on the safety query set with the calm
 * queries and the catalogue's own words as counter-examples (src/lib/search/safety-train.ts), and written
 * to content/safety-model.json. It is asked only when no pattern matched: a pattern's answer always wins.
 */
export interface SafetyModel {
  bias: number;
  threshold: number;
  /** Feature → weight: a Chinese character or pair (活, 活着), or an English word or pair after a space (" die", " end it"). */
  weights: Record<string, number>;
}

/**
 * The features of a text read for safety: Chinese characters and adjacent pairs (never across
 * punctuation or a masked innocent word), English words and adjacent pairs, each once.
 * @example readFeatures({ han: ['想', '死'], words: ['i', 'am'] }) // ['想', '想死', '死', ' i', ' i am', ' am']
 */
export function readFeatures(text: SafetyText): string[] {
  const out = new Set<string>();
  const pairs = (tokens: readonly string[], mark: string) =>
    tokens.forEach((a, i) => {
      if (a === SEP || a === MASK) return;
      out.add(mark + a);
      const b = tokens[i + 1];
      if (b !== undefined && b !== SEP && b !== MASK) out.add(mark + a + mark + b);
    });
  pairs(text.han, '');
  pairs(text.words, ' ');
  return [...out];
}

/** The model's score of a text (bias plus the weights of its features). */
export function scoreText(model: SafetyModel, text: SafetyText): number {
  return readFeatures(text).reduce((sum, f) => sum + (model.weights[f] ?? 0), model.bias);
}

/** Does the model say distress? */
export const saysDistress = (model: SafetyModel, text: SafetyText) => scoreText(model, text) > model.threshold;
