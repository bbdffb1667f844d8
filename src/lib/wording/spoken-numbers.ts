/**
 * Hotline numbers written for a speech synthesiser: digit by digit, as a number is dialled.
 * Left as digits, a voice reads 12345 as "一万二千三百四十五" or "twelve thousand…";
 * nobody dials that. Only the numbers given are spelt, so a date (2021年10月1日,
 * 1 October 2021) is still read as a date.
 *
 * @param digits the language's words for 0–9, separated by spaces ("零 一 二 …", "zero one two …");
 *   one-character words are written together (一二三四五), longer ones apart (one two three four five)
 * @example spellNumbers('已停用，请拨打 12345', new Set(['12345']), '零 一 二 三 四 五 六 七 八 九') // '已停用，请拨打 一二三四五'
 */
export function spellNumbers(text: string, numbers: ReadonlySet<string>, digits: string): string {
  const words = digits.split(' ');
  if (words.length !== 10) throw new Error(`speech.digits: found ${words.length} words; expected ten, for 0 to 9, separated by spaces`);
  const joiner = words.every((w) => [...w].length === 1) ? '' : ' ';
  return text.replace(/\d+/g, (run) => (numbers.has(run) ? [...run].map((d) => words[Number(d)]).join(joiner) : run));
}
