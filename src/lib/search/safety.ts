import type { SafetyFile, SearchFile } from './entry.ts';
import { normaliseQuery, type Query } from './normalise.ts';

/**
 * A word that must put its line first (想死, kill myself, 报警), written the way it is
 * compared: English as its words spaced once, Chinese as its letters only, as a query is
 * normalised. Build time.
 * @example safetyWord("Don't want to live") // 'dont want to live'
 * @example safetyWord('不想活 了') // '不想活了'
 */
export function safetyWord(word: string): string {
  const query = normaliseQuery(word, {});
  return query.latin ? query.words.join(' ') : query.text;
}

/**
 * Does a query hold the word? Chinese anywhere in its text (我不想活了 holds 不想活);
 * English as whole words in order (I want to kill myself holds kill myself; skills does not hold kill).
 * Never fuzzy: a safety word is matched as written, so that it is never missed by ranking.
 * @example holds(normaliseQuery('我真的不想活了', {}), '不想活') // true
 */
export function holds(query: Query, word: string): boolean {
  if (/^[a-z ]+$/.test(word)) return ` ${query.words.join(' ')} `.includes(` ${word} `);
  return query.text.includes(word);
}

/**
 * A page's search file with the safety file joined: the emergency numbers' entries added, the crisis
 * line (marked `crisis` where a change made it one) given the crisis words and notice. The page's own
 * pinyin table comes last, so its readings win where the two differ.
 * @example withSafety(quanzhou, safety).entries.find((e) => e.number === '12356')?.first?.includes('想死') // true
 */
export function withSafety(file: SearchFile, safety: SafetyFile): SearchFile {
  const entries = file.entries.map((e) => (e.crisis ? { ...e, ...safety.crisis } : e));
  return { entries: [...entries, ...safety.entries], t2s: safety.t2s + file.t2s, pinyin: safety.pinyin + file.pinyin };
}
