/** Traditional → simplified characters (generated at build time for the data's characters). */
export type T2S = Readonly<Record<string, string>>;

/**
 * Reads a data file's traditional → simplified pairs ('環环醫医', t2sPairs).
 * @example readT2S('環环') // { 環: '环' }
 */
export function readT2S(pairs: string): T2S {
  const chars = [...pairs];
  const map: Record<string, string> = {};
  for (let i = 0; i + 1 < chars.length; i += 2) map[chars[i]!] = chars[i + 1]!;
  return map;
}

/** A query reduced to what the search compares. */
export interface Query {
  /** The query's digits when it is a phone number (separators, +86 and area code removed); else null. */
  digits: string | null;
  /** Every run of three or more digits in a mixed query ("12369 环保" → ["12369"]). */
  numbers: string[];
  /** Letters, digits and Han characters only, lower case, simplified. */
  text: string;
  /** Only Latin letters: pinyin, initials or English. */
  latin: boolean;
  /** The Latin words as typed apart ("unpaid wages" → ["unpaid", "wages"]), for English. */
  words: string[];
}

/** Longer queries are cut: no one types more to find a hotline, and typo matching's work grows with length. */
export const MAX_QUERY = 64;

const PHONE = /^[\d\s\-‐‑–—+().（）]+$/u;
const COUNTRY = /^(?:\+|00)?86[\s\-]+|^\+86|^0086/u;

/**
 * Drops a leading area code: hotline numbers never start with 0, so "0595 12369"
 * is Quanzhou's area code before the number. 010 and 02x are three digits, others four.
 */
function withoutAreaCode(digits: string): string {
  if (!digits.startsWith('0') || digits.length <= 5) return digits;
  return digits.slice(/^0[12]/.test(digits) ? 3 : 4);
}

/**
 * Pinyin typed with tone marks (gōngjījīn) or tone numbers (gong1ji1jin1) is read
 * as plain letters, ü written v as the data writes it (lv for 绿).
 */
const withoutTones = (s: string) =>
  s
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/([a-z])[1-5](?=[a-z\s]|$)/g, '$1');

/**
 * Turns what a citizen typed into a query: full-width to half-width (NFKC),
 * traditional to simplified, tones off pinyin, phone-number noise removed.
 * @example normaliseQuery('＋86 123-69', {}) // { digits: '12369', numbers: ['12369'], text: '12369', latin: false }
 * @example normaliseQuery('環保', { 環: '环' }) // { digits: null, numbers: [], text: '环保', latin: false }
 */
export function normaliseQuery(raw: string, t2s: T2S): Query {
  const half = raw.slice(0, MAX_QUERY * 2).normalize('NFKC').trim().toLowerCase();
  if (PHONE.test(half) && /\d/.test(half)) {
    const digits = withoutAreaCode(half.replace(COUNTRY, '').replace(/\D/g, '')).slice(0, MAX_QUERY);
    return { digits, numbers: [digits], text: digits, latin: false, words: [] };
  }
  const simplified = [...withoutTones(half)].map((c) => t2s[c] ?? c).join('');
  const text = simplified.replace(/[^\p{L}\p{N}]/gu, '').slice(0, MAX_QUERY);
  const words = simplified.replace(/['’]/g, '').match(/[a-z]+/g) ?? [];
  return { digits: null, numbers: text.match(/\d{3,}/g) ?? [], text, latin: /^[a-z]+$/.test(text), words };
}
