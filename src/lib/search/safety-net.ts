import type { Notice } from './entry.ts';

/** Digits and what goes with a phone number: a number asked for is never a question in words. */
const NUMBER = /^[\d\s\-‐‑–—+().（）]*$/u;
/** A sentence rather than a word or two: where ranking is weakest, matching a few of its characters. */
const SENTENCE = { han: 8, words: 5 };

/**
 * Whether a question in words gets the safety net's calm line under its answer ("身处危险？请拨打 110 / 120；
 * 心理援助 12356"): when it found nothing, or only what a long sentence matched by a few characters — and
 * never when danger was already answered first, nor for digits alone (1, 12 on the way to 12369).
 * @example needsSafetyNet('楼下有个奇怪的味道不知道怎么办', [someLine]) // true
 * @example needsSafetyNet('123', []) // false
 */
export function needsSafetyNet(query: string, results: readonly { notice?: Notice | undefined }[]): boolean {
  const typed = query.normalize('NFKC').trim();
  if (typed === '' || NUMBER.test(typed)) return false;
  if (results[0]?.notice?.urgent) return false;
  if (results.length === 0) return true;
  const han = typed.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = typed.match(/[a-z]+/giu)?.length ?? 0;
  return han >= SENTENCE.han || words >= SENTENCE.words;
}
