import { pinyin } from 'pinyin-pro';

/**
 * Full pinyin (no tones, no spaces) and initials of each Chinese text, for
 * citizens who type "huanbao" or "hb". Build time only: pinyin-pro is ~145 KB.
 * @example pinyinForms(['环保']) // { pinyin: ['huanbao'], initials: ['hb'] }
 */
export function pinyinForms(texts: readonly string[]): { pinyin: string[]; initials: string[] } {
  const han = texts.filter((t) => /\p{Script=Han}/u.test(t));
  const syllables = (t: string, pattern: 'pinyin' | 'first') =>
    pinyin(t.replace(/[^\p{Script=Han}]/gu, ''), { pattern, toneType: 'none', type: 'array', v: true }).join('').toLowerCase();
  return {
    pinyin: [...new Set(han.map((t) => syllables(t, 'pinyin')))],
    initials: [...new Set(han.map((t) => syllables(t, 'first')))],
  };
}
