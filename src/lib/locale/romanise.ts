/**
 * Syllables written as one word in Hanyu Pinyin orthography: no tones, ü
 * kept, an apostrophe before a non-initial syllable starting a, o or e, the
 * first letter capitalised. Pure: the build romanises names with it, and the
 * browser spells English place names from the place data's pinyin the same way.
 * @example romanised(['xi', 'an']) // "Xi'an"
 */
export function romanised(syllables: readonly string[]): string {
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}
