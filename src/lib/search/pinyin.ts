import { customPinyin, pinyin } from 'pinyin-pro';
import { parseReadings, spell } from './readings.ts';

// Words of our data that pinyin-pro reads wrongly in context (河长 is hezhang, the river chief, not hechang).
customPinyin({ 河长: 'hé zhǎng', 还贷: 'huán dài', 没收到: 'méi shōu dào' });

const syllablesOf = (t: string) => pinyin(t.replace(/[^\p{Script=Han}]/gu, ''), { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());

/**
 * Full pinyin (no tones, no spaces) and initials of each Chinese text, for
 * citizens who type "huanbao" or "hb". Build time only: pinyin-pro is ~145 KB.
 * @example pinyinForms(['环保']) // { pinyin: ['huanbao'], initials: ['hb'] }
 */
export function pinyinForms(texts: readonly string[]): { pinyin: string[]; initials: string[] } {
  const spelt = texts.filter((t) => /\p{Script=Han}/u.test(t)).map(syllablesOf);
  return {
    pinyin: [...new Set(spelt.map((s) => s.join('')))],
    initials: [...new Set(spelt.map((s) => s.map((x) => x[0]).join('')))],
  };
}

/**
 * The pinyin table of a search file: each character's reading as it is most
 * often read in these texts (pinyin-pro reads words in context), written
 * syllable first ("gong公工ji积"), and the texts the table would misspell
 * (的士 is dishi, though 的 is mostly de), whose forms the entries carry
 * themselves. Build time only.
 * @param readText how a text is read, syllable by syllable: pinyin-pro's reading by default
 * @example pinyinReadings(['公积金', '工资']) // { readings: 'gong公工ji积jin金zi资', misspelt: [] }
 */
export function pinyinReadings(texts: readonly string[], readText: (text: string) => string[] = syllablesOf): { readings: string; misspelt: string[] } {
  const counts = new Map<string, Map<string, number>>();
  const read = texts.map((t) => ({ t, syllables: readText(t) }));
  for (const { t, syllables } of read) {
    [...t.replace(/[^\p{Script=Han}]/gu, '')].forEach((c, i) => {
      const seen = counts.get(c) ?? new Map<string, number>();
      seen.set(syllables[i]!, (seen.get(syllables[i]!) ?? 0) + 1);
      counts.set(c, seen);
    });
  }
  const bySyllable = new Map<string, string>();
  for (const [c, seen] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // The most common reading; ties go to the alphabetically first, so builds are stable.
    const [syllable] = [...seen].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    bySyllable.set(syllable, (bySyllable.get(syllable) ?? '') + c);
  }
  const readings = [...bySyllable].sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, cs]) => s + cs).join('');
  const table = parseReadings(readings);
  const misspelt = read.filter(({ t, syllables }) => spell(t, table)?.pinyin !== syllables.join('')).map(({ t }) => t);
  return { readings, misspelt: [...new Set(misspelt)] };
}
