/**
 * The date of a decision as the code history's notes write it: in Chinese numerals as the State Council's
 * replies print it (二〇〇一年一月九日), or in Arabic digits (2019年11月6日).
 */

const DIGITS = '〇一二三四五六七八九';

/** A year written digit by digit: 二〇〇一 (〇 or 零 for nought), or 2001. */
function yearOf(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  const digits = [...text].map((c) => DIGITS.indexOf(c === '零' ? '〇' : c));
  return digits.length === 4 && digits.every((d) => d >= 0) ? Number(digits.join('')) : null;
}

/** A month or day written as a number is said: 九, 十, 十二, 二十, 二十六, 三十一; or 1 to 31 in digits. */
function countOf(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const said = /^(?:([一二三]?)十)?([一二三四五六七八九]?)$/u.exec(text);
  if (!said || text === '') return null;
  const [, tens, units = ''] = said;
  // tens is undefined without 十 (九), '' for 十 alone (十二).
  return (tens === undefined ? 0 : tens === '' ? 10 : 10 * DIGITS.indexOf(tens)) + (units === '' ? 0 : DIGITS.indexOf(units));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The date written YYYY-MM-DD, or YYYY-MM where the text gives no day; null where it is no date we can read
 * (a day that does not exist, a month past 12), rather than a guess. The notes sometimes drop the last 日
 * (二〇〇一年二月二十六): the day is still the number after 月.
 * @example writtenDate('二〇〇一年一月九日') // '2001-01-09'
 * @example writtenDate('2019年11月6日') // '2019-11-06'
 */
export function writtenDate(text: string): string | null {
  const found = /^\s*([^年\s]+)年([^月\s]+)月(?:([^日\s]+)日?)?\s*$/u.exec(text);
  if (!found) return null;
  const year = yearOf(found[1]!);
  const month = countOf(found[2]!);
  if (year === null || month === null || month < 1 || month > 12) return null;
  if (found[3] === undefined) return `${year}-${pad(month)}`;
  const day = countOf(found[3]);
  // A day past the month's end (二月三十日) is refused: Date would roll it into March.
  if (day === null || day < 1 || new Date(Date.UTC(year, month - 1, day)).getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
