import type { T2S } from './normalise.ts';

/**
 * How the safety check reads a query, from content/safety.yaml (`recognition`): kept apart from the
 * search's own normalisation, so that ranking can change without changing what counts as danger.
 */
export interface Recognition {
  /** Words a person adds without changing what they say (真的, 好, 啊; really, just): skipped inside a pattern's gaps. */
  fillers: { zh: string[]; en: string[] };
  /** English short forms, written out ("can't" → "can not", "wanna" → "want to"). */
  contractions: Record<string, string>;
  /** Ordinary words holding a danger character (死机, 杀毒, 跳槽; killing time): never part of a match. */
  innocent: { zh: string[]; en: string[] };
  /** How many other characters (Chinese) or words (English) may stand between two parts of a pattern. */
  gap: { zh: number; en: number };
  /**
   * Other spellings of a danger word, read as that word: the homophone slips of a pinyin keyboard (想屎 for 想死),
   * internet slang (紫砂, 鼠了 for 自杀, 死了), regional words (瓦斯 for 燃气). Applied after innocent words are masked.
   */
  variants?: Record<string, string>;
  /**
   * Real English words one slip away from a word of the patterns (downing, overdoes, stoop): compared only as typed,
   * never as a typo (safety-patterns.ts, similar). Written by the build from a word-frequency list (safety-real-words.ts).
   */
  realWords?: string[];
  /**
   * Words of a question asked after the fact, about paperwork or money (报销, 赔偿, 鉴定; insurance claim): with one
   * of them the query is not an emergency happening now, so no emergency number is put first (the crisis line still is).
   */
  paperwork?: { zh: string[]; en: string[] };
  /**
   * Words saying a person is already out of the danger that held them (捞上来, 救出来; pulled out): of the emergencies
   * named, their body's state is what is happening now, so 120 goes before the rescue line (119, 110).
   */
  rescued?: { zh: string[]; en: string[] };
  /**
   * Named lists of alternatives a pattern names as `{name}` (`{family} …1 不见了`): a way of saying danger
   * written once for every member, and shipped once however many patterns use it.
   */
  classes?: Record<string, string[]>;
  /**
   * Words that, standing after the words of danger, make the query a question about them rather than danger
   * happening now: a subject (新闻, 标准, 宣传, 游戏; news, training course) or a harm too small to call for
   * help (擦破皮). A line found only before the last of them is not put first (自杀式袭击新闻, 溺水安全教育).
   */
  about?: { zh: string[]; en: string[] };
  /**
   * Signs that a query is about a show, a sale, a job or a pet rather than a person in danger (第几集, 大甩卖, 招聘, 猫;
   * which one, hiring, my dog): with one of them, a pattern's answer gives way to a confident calm learned score
   * (safety.ts), so that 跳楼大甩卖 or 救护车随车护士招聘 raises no alarm.
   */
  subjects?: { zh: string[]; en: string[] };
  /** How a person speaks of themself (我, 俺; i, me, my): a crisis answer to words with one of them is never overruled. */
  speaker?: { zh: string[]; en: string[] };
  /** How a bystander speaks of someone else (有人, 他; someone, he): see src/lib/search/safety.ts. */
  others?: { zh: string[]; en: string[] };
}

/** A query as the safety check reads it: its Chinese as one string, its English as words. */
export interface SafetyText {
  /** Han characters, simplified, long repeats cut, and letters or digits glued to them (isGlued); SEP where anything else stood; innocent words masked with MASK. */
  han: string[];
  /** Latin words, lower case, contractions written out, letters repeated three times or more cut to one, innocent words masked. */
  words: string[];
}

/** Stands where punctuation, spaces, digits or Latin letters stood between Chinese characters: free in a gap. */
export const SEP = '/';
/** Stands for each character or word of an innocent word: counts in a gap, matches no part. */
export const MASK = '#';

/**
 * Letters or a digit or two typed inside Chinese, touching a character (想4, 好想zs, 想自sha, 4s店): net slang spells a
 * word by its sound (4 for 死, zs for 自杀, sha for 杀), so such a piece — a pinyin syllable at most, six letters — is kept
 * as a token of its own, where variants can read it as the word; like SEP it is free in a pattern's gap. Longer runs
 * (12345, iphone15) and pieces set apart by spaces are SEP.
 */
export const isGlued = (token: string) => /^(?:[a-z]{1,6}|[0-9]{1,2}|[0-9][a-z]|[a-z][0-9])$/.test(token);

const HAN = /\p{Script=Han}/u;
/** The common English endings, written out when the word itself is not listed ("wouldn't", "they're"). */
const ENDINGS: [RegExp, string][] = [
  [/n't$/, ' not'],
  [/'m$/, ' am'],
  [/'re$/, ' are'],
  [/'ll$/, ' will'],
  [/'ve$/, ' have'],
  [/'d$/, ' would'],
  [/'s$/, ''],
];

/**
 * A Chinese character typed three times or more cut to two (死死死 → 死死): doubles stay, since
 * Chinese writes many words doubled (救救我, 偷偷). A Latin letter typed three times or more is cut
 * to one (dieee → die, helllp → help): no English word holds a letter three times.
 */
const collapseHan = (chars: string[]) => chars.filter((c, i) => !(c === chars[i - 1] && c === chars[i - 2]));

/** A letter typed three times or more counts once (killll → kil, as the patterns' typo tolerance reads it). */
const cutRepeats = (word: string) => word.replace(/([a-z])\1{2,}/g, '$1');

const ONLY_HAN = /^\p{Script=Han}+$/u;

const ONLY_LETTERS = /^[a-z]+(?: [a-z]+)*$/;

/**
 * What readForSafety gives words made only of Chinese characters (`.han`), or only of lower-case letters and single
 * spaces (`.words`), without its work for everything else; null for any other words. A page reads its ~1,000
 * patterns' alternatives when it loads, and almost all are one kind or the other.
 * @example readPlain('想死', {}, {}) // ['想', '死']
 * @example readPlain('cant go on', {}, { cant: 'can not' }) // ['can', 'not', 'go', 'on']
 */
export function readPlain(words: string, t2s: T2S, contractions: Readonly<Record<string, string>>): string[] | null {
  if (ONLY_LETTERS.test(words)) return words.split(' ').flatMap((w) => contractions[w]?.split(' ') ?? [w]).filter((w) => w !== '').map(cutRepeats);
  if (!ONLY_HAN.test(words)) return null;
  const chars = [...words.normalize('NFKC')].map((c) => t2s[c] ?? c);
  return chars.every((c) => ONLY_HAN.test(c)) ? collapseHan(chars) : null;
}

/** English words of a text, as the safety check compares them. */
function englishWords(text: string, contractions: Readonly<Record<string, string>>): string[] {
  const tokens = text.replace(/[’‘`]/g, "'").match(/[a-z]+(?:'[a-z]+)*/g) ?? [];
  return tokens
    .flatMap((token) => {
      const listed = contractions[token] ?? contractions[token.replace(/'/g, '')];
      if (listed !== undefined) return listed.split(' ');
      const ending = ENDINGS.find(([re]) => re.test(token));
      const written = ending ? token.replace(ending[0], ending[1]) : token;
      // "can not" from "can't" whichever way it was typed; "won't" → "wo not" is listed in the data.
      return written.replace(/'/g, '').split(' ');
    })
    .filter((w) => w !== '')
    .map(cutRepeats);
}

/**
 * Items by the first token of their words, in the data's order (empty words left out): a keystroke compares only
 * those that can start where it is, of hundreds.
 * @example byFirstToken([['想', '死'], ['想', '家']], (w) => w).get('想')?.length // 2
 */
export function byFirstToken<T>(items: readonly T[], tokensOf: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const first = tokensOf(item)[0];
    if (first !== undefined) map.set(first, [...(map.get(first) ?? []), item]);
  }
  return map;
}

/** Each reader's variants by their first token, made on the first query it reads. */
const variantsByFirst = new WeakMap<readonly (readonly [string[], string[]])[], Map<string, (readonly [string[], string[]])[]>>();

/** Writes each variant (a sequence of tokens) as the word it stands for, left to right. */
function readVariants(tokens: string[], variants: readonly (readonly [string[], string[]])[]): string[] {
  if (variants.length === 0) return tokens;
  let byFirst = variantsByFirst.get(variants);
  if (!byFirst) variantsByFirst.set(variants, (byFirst = byFirstToken(variants, ([from]) => from)));
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = byFirst.get(tokens[i]!)?.find(([from]) => from.every((t, k) => tokens[i + k] === t));
    if (hit) {
      out.push(...hit[1]);
      i += hit[0].length;
    } else out.push(tokens[i++]!);
  }
  return out;
}

/**
 * Replaces every occurrence of each innocent word (a sequence of tokens) with MASK tokens, word after word in the
 * data's order; each word is tried only where the text holds its first token (hundreds of words, every keystroke).
 */
function mask(tokens: string[], innocent: readonly string[][]): string[] {
  const out = [...tokens];
  const at = new Map<string, number[]>();
  tokens.forEach((t, i) => at.set(t, [...(at.get(t) ?? []), i]));
  for (const word of innocent) {
    for (const i of (word.length > 0 && at.get(word[0]!)) || []) {
      if (word.every((t, k) => out[i + k] === t)) out.fill(MASK, i, i + word.length);
    }
  }
  return out;
}

/**
 * The safety reading of any text: queries, and the patterns and words of content/safety.yaml alike, so
 * that both are compared in the same form. Full-width to half-width, lower case, traditional to
 * simplified (the build's table), long repeats cut, English short forms written out.
 * @example readForSafety("I CAN'T   go on!!", {}, { contractions: {}, innocent: [] }).words // ['i', 'can', 'not', 'go', 'on']
 * @example readForSafety('救救救我。。', {}).han // ['救', '救', '我']
 * @example readForSafety('好想屎', {}, { variants: [[['想', '屎'], ['想', '死']]] }).han // ['好', '想', '死']
 */
export function readForSafety(
  raw: string,
  t2s: T2S,
  {
    contractions = {},
    innocent,
    variants = [],
  }: { contractions?: Readonly<Record<string, string>>; innocent?: { han: readonly string[][]; words: readonly string[][] }; variants?: readonly (readonly [string[], string[]])[] } = {},
): SafetyText {
  const text = [...raw.slice(0, 256).normalize('NFKC').toLowerCase()].map((c) => t2s[c] ?? c);
  const han: string[] = [];
  const pieces = text.join('').match(/\p{Script=Han}|[a-z0-9]+|[^\p{Script=Han}a-z0-9]+/gu) ?? [];
  pieces.forEach((piece, i) => {
    if (HAN.test(piece) || (isGlued(piece) && (HAN.test(pieces[i - 1] ?? '') || HAN.test(pieces[i + 1] ?? '')))) han.push(piece);
    else if (han.length > 0 && han[han.length - 1] !== SEP) han.push(SEP);
  });
  while (han[han.length - 1] === SEP) han.pop();
  const words = englishWords(text.join(''), contractions);
  return { han: readVariants(mask(collapseHan(han), innocent?.han ?? []), variants), words: mask(words, innocent?.words ?? []) };
}
