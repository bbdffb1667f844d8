/** What a string of digits says about a place, when it says anything. */
export type Dialled =
  /** An area code, with what was dialled after it ('' for the code alone): 0595-12369. */
  | { kind: 'area'; areaCode: string; number: string }
  /** The start of an area code (059): the codes it begins. */
  | { kind: 'areaStart'; digits: string }
  /** An 11-digit mobile number: it names no place. */
  | { kind: 'mobile' };

const PHONE = /^[\d\s\-‐‑–—+().（）]+$/u;
/** +86, 0086 or 86 before a space or dash: the country, after which an area code drops its 0 (+86 595 12333). */
const COUNTRY = /^(?:\+\s*86|0086)[\s\-]*|^86[\s\-]+/u;
const MOBILE = /^1[3-9]\d{9}$/;

/**
 * The length of the area code a string of digits starts with: 010 and 020–029
 * are three digits, every other code four (0595). No hotline number starts
 * with 0, and no code is the start of another, so "059512369" is 0595 and 12369.
 */
const codeLength = (digits: string) => (/^0[12]/.test(digits) ? 3 : 4);

/**
 * Reads a number as people write it next to an area code — 0595-12369,
 * (0595)12333, 0595 12333, +86 595 12333, full-width digits too — or a mobile
 * number; null for anything else (a hotline number alone, words).
 * @example readDialled('(0595)12333') // { kind: 'area', areaCode: '0595', number: '12333' }
 * @example readDialled('+86 595 12333') // { kind: 'area', areaCode: '0595', number: '12333' }
 * @example readDialled('13812345678') // { kind: 'mobile' }
 */
export function readDialled(raw: string): Dialled | null {
  const half = raw.slice(0, 64).normalize('NFKC').trim();
  if (!PHONE.test(half) || !/\d/.test(half)) return null;
  const abroad = COUNTRY.test(half);
  const rest = half.replace(COUNTRY, '');
  let digits = rest.replace(/\D/g, '');
  if (MOBILE.test(digits)) return { kind: 'mobile' };
  // After +86 a code drops its 0: +86 595 12333. A number starting with 1 is a hotline's (+86 12369),
  // unless it is Beijing's 10 written apart from what follows (+86 10 12345; 10101101 is a hotline).
  if (abroad && /^1/.test(digits) && !/^[(（]?10[)）\s\-]/u.test(rest)) return null;
  if (abroad && digits !== '' && !digits.startsWith('0')) digits = `0${digits}`;
  if (!digits.startsWith('0') || digits.length < 2) return null;
  const length = codeLength(digits);
  if (digits.length < length) return { kind: 'areaStart', digits };
  return { kind: 'area', areaCode: digits.slice(0, length), number: digits.slice(length) };
}
