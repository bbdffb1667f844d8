/**
 * Numbers as people say them and voice input writes them: digit words (幺二三六九, 一二三一五,
 * 壹贰叁, one two three six nine), a number said whole (一百一十 is 110), and the words around a number (拨打, 电话, tel)
 * read as the number itself. For ranking hotlines only: the safety check reads the query as typed,
 * so reading numerals never makes or unmakes a safety match (一死了之 stays as it is).
 */

/** Each digit as it is said or written: 幺 is how 1 is said in a phone number, 两 how 2 is said before a unit. */
const DIGIT: Readonly<Record<string, number>> = Object.fromEntries(
  ['〇零', '一幺壹', '二两兩贰貳', '三叁參', '四肆', '五伍', '六陆陸', '七柒', '八捌', '九玖'].flatMap((chars, digit) => [...chars].map((c) => [c, digit])),
);
const UNIT: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000, 萬: 10000 };

const RUN = new RegExp(`[${Object.keys(DIGIT).join('')}${Object.keys(UNIT).join('')}]+`, 'gu');
/** The digits in English, as voice input writes a number said digit by digit ("one two three six seven"). */
const WORDS = 'zero one two three four five six seven eight nine'.split(' ');
// Three or more in a row, as a phone number is said: "one or two" and "two three times" stay words.
const WORD = `(?:${WORDS.join('|')})`;
const WORD_RUN = new RegExp(`\\b${WORD}(?:[\\s-]+${WORD}){2,}\\b`, 'giu');

/**
 * A number said whole (一百二十, 九万六千一百一十九, 十二), or null when the words are not one
 * (十三五, 三四十): read only when every digit is followed by a unit smaller than the one before.
 */
function cardinal(run: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const c of run) {
    if (c in DIGIT) {
      if (digit !== null) return null;
      digit = DIGIT[c]!;
      continue;
    }
    const unit = UNIT[c]!;
    if (unit === 10000) {
      total += (section + (digit ?? 0)) * unit;
      section = 0;
      digit = null;
      lastUnit = Infinity;
      continue;
    }
    if (unit >= lastUnit) return null;
    section += (digit ?? 1) * unit;
    digit = null;
    lastUnit = unit;
  }
  return total + section + (digit ?? 0);
}

/** A run of numerals as digits: said digit by digit (three or more: 幺二三六九), or said whole (一百一十); else as it was. */
function readRun(run: string): string {
  if ([...run].some((c) => c in UNIT)) {
    const n = cardinal(run);
    return n !== null && n >= 100 ? String(n) : run;
  }
  // One or two numerals are words (五险一金, 一死了之, 三无产品), not a number.
  return [...run].length >= 3 ? [...run].map((c) => DIGIT[c]).join('') : run;
}

// Words people put before or after a number they mean: "拨打 12369", "电话：12369", "12369热线", "call 12369".
const AROUND = '(?:热线电话|服务电话|拨打|拨|打|致电|电话|号码|热线|号|tel|phone|call|dial|number|no\\.?)';
const BEFORE = new RegExp(`${AROUND}[\\s:：.,，-]*(?=\\d{3})`, 'giu');
const AFTER = new RegExp(`(?<=\\d{3})[\\s:：.,，-]*${AROUND}`, 'giu');

/**
 * The query with numbers said in words read as digits, and the words that only say "this is a number" around one dropped.
 * @example readSpokenNumbers('幺二三六九') // '12369'
 * @example readSpokenNumbers('打一二三六九') // '12369'
 * @example readSpokenNumbers('电话12369') // '12369'
 * @example readSpokenNumbers('one two three six seven') // '12367'
 * @example readSpokenNumbers('五险一金') // '五险一金'
 */
export function readSpokenNumbers(raw: string): string {
  const digits = raw
    .normalize('NFKC')
    .replace(RUN, readRun)
    .replace(WORD_RUN, (run) => run.toLowerCase().split(/[\s-]+/u).map((w) => WORDS.indexOf(w)).join(''));
  return digits.replace(BEFORE, '').replace(AFTER, '');
}
