import type { SearchEntry } from './entry.ts';
import { parseReadings, pinyinTerms } from './readings.ts';

/** /search/sounds.json: the common characters' syllables, "bao宝保报…" (sound-table.ts). */
export interface SoundFile {
  sounds: string;
}

/** Reads a text's Chinese characters as syllables: through the page's own table first (its readings in context), then the sound table. */
export type Speller = (text: string) => string | null;

/**
 * A speller over a page's pinyin table and the common characters' sound table. A text is written
 * as its syllables between spaces (" she bao "), so that one word's sound is found inside another's
 * only syllable by syllable (an in huanbao is no match); null when a character has no reading.
 * @example speller('gong公ji积jin金', 'gong工')('工积金') // ' gong ji jin '
 */
export function speller(own: string, common: string): Speller {
  const table = new Map([...parseReadings(common), ...parseReadings(own)]);
  return (text) => {
    const syllables = [...text.replace(/[^\p{Script=Han}]/gu, '')].map((c) => table.get(c));
    if (syllables.length === 0 || syllables.some((s) => s === undefined)) return null;
    return ` ${syllables.join(' ')} `;
  };
}

/** Each entry's names and words as they sound, for matching a query by sound (sounds like 社宝 → 社保). */
export const soundTerms = (entries: readonly SearchEntry[], spell: Speller) =>
  entries.map((e) => pinyinTerms(e).flatMap((t) => {
    const text = spell(t);
    return text === null ? [] : [{ text, weight: 1 }];
  }));
