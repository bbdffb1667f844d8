import type { SearchEntry } from './entry.ts';

/**
 * The texts of an entry that are searched in pinyin: its names and words.
 * @example pinyinTerms(entry) // ['环境保护投诉举报', '环保热线', '噪音', …]
 */
export const pinyinTerms = (e: Pick<SearchEntry, 'name' | 'names' | 'keywords'>) => [e.name, ...e.names, ...e.keywords].filter((t) => /\p{Script=Han}/u.test(t));

/**
 * Reads a search file's pinyin table: each syllable followed by its characters
 * ("gong公工ji积基"). One table per file instead of pinyin for every word keeps
 * the file small; the browser spells each word from it.
 */
export function parseReadings(readings: string): Map<string, string> {
  const map = new Map<string, string>();
  // exec, not matchAll: Chrome before 73 and Safari before 13 have no String.prototype.matchAll (docs/architecture.md, "Phones it works on").
  const syllables = /([a-z]+)([^a-z]+)/g;
  for (let m = syllables.exec(readings); m; m = syllables.exec(readings)) for (const c of m[2]!) map.set(c, m[1]!);
  return map;
}

/**
 * A text's pinyin and initials spelled from the table, Han characters only;
 * null when a character has no reading in it.
 * @example spell('公积金', parseReadings('gong公ji积jin金')) // { pinyin: 'gongjijin', initials: 'gjj' }
 */
export function spell(text: string, readings: ReadonlyMap<string, string>): { pinyin: string; initials: string } | null {
  const syllables = [...text.replace(/[^\p{Script=Han}]/gu, '')].map((c) => readings.get(c));
  if (syllables.some((s) => s === undefined)) return null;
  return { pinyin: syllables.join(''), initials: syllables.map((s) => s![0]).join('') };
}

/**
 * The entries with the pinyin and initials of every name and word, spelled from
 * the file's table, next to the few the file spells out itself (where context
 * changes a reading). Done once, when the search is prepared.
 */
export function withPinyin(entries: readonly SearchEntry[], readings: string): SearchEntry[] {
  const table = parseReadings(readings);
  return entries.map((e) => {
    const spelt = pinyinTerms(e).flatMap((t) => spell(t, table) ?? []);
    return {
      ...e,
      pinyin: [...new Set([...spelt.map((s) => s.pinyin), ...e.pinyin])],
      initials: [...new Set([...spelt.map((s) => s.initials), ...e.initials])],
    };
  });
}
