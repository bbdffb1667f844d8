import { pinyin } from 'pinyin-pro';

/**
 * The common characters: the 3,755 of GB 2312's first level, the characters of everyday writing
 * (its second level holds names and rare words), read from the encoding itself, rows 16–55.
 */
function commonCharacters(): string[] {
  const gb = new TextDecoder('gb18030');
  const chars: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) for (let cell = 0xa1; cell <= (row === 0xd7 ? 0xf9 : 0xfe); cell++) chars.push(gb.decode(new Uint8Array([row, cell])));
  return chars;
}

/**
 * The sound table, /search/sounds.json: each common character's toneless syllable, its most common
 * reading, written syllable first ("bao宝保报…"), as the search files' pinyin tables are (readings.ts).
 * The browser reads a query's characters through it to find a word typed with a character of the
 * same sound (社宝 → shebao → 社保). Build time only: pinyin-pro never reaches the browser.
 * @example soundTable().startsWith('a啊阿') // true
 */
export function soundTable(): string {
  const bySyllable = new Map<string, string>();
  for (const c of commonCharacters()) {
    const syllable = pinyin(c, { toneType: 'none', v: true }).toLowerCase();
    if (/^[a-z]+$/.test(syllable)) bySyllable.set(syllable, (bySyllable.get(syllable) ?? '') + c);
  }
  return [...bySyllable].sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, cs]) => s + cs).join('');
}
