/** One line a cell or sentence names: its number (null where it prints none), other numbers of it, its name as printed. */
export interface Entry {
  number: string | null;
  aliases: string[];
  name: string | null;
}

/** A number as dialled, not part of a longer one. */
const NUMBER = /(?<!\d)\d{5,11}(?!\d)/gu;
/** The hotline every line merges into: a cell that mentions it is not naming a line of its own. */
const TARGET = '12345';
const MARKUP = /<\/?p>/gu;
const EDGE_PUNCTUATION = /^[\s，,。、；;：:]+|[\s，,。、；;：:]+$/gu;

/**
 * A cell's text with the paragraph markup it was captured with read as spaces (Sichuan's `<p>`).
 * @example plainCell('<p>12396 科技</p> <p>12300</p>') // '12396 科技 12300'
 */
export const plainCell = (cell: string) => cell.replace(MARKUP, ' ').replace(/\s+/gu, ' ').trim();

/**
 * The lines a cell names, each number with the name printed after it up to the next number
 * (四川's "12396 全国统一科技公益服务电话 12300 …"), a number in brackets right after another
 * as its alias ("12393 (96618)"), a number repeated inside its own name as part of it
 * ("12367 国家移民管理局 12367 咨询服务热线"). Text before the first number is the cell's label.
 * @example cellEntries('12393 (96618)') // { label: '', entries: [{ number: '12393', aliases: ['96618'], name: null }] }
 */
export function cellEntries(cell: string): { label: string; entries: Entry[] } {
  const text = plainCell(cell);
  const found = [...text.matchAll(NUMBER)].filter((m) => m[0] !== TARGET);
  const entries: (Entry & { end: number; nameFrom: number })[] = [];
  for (const m of found) {
    const last = entries.at(-1);
    const start = m.index;
    const end = start + m[0].length;
    if (last && m[0] === last.number) continue;
    if (last && /^\s*[（(]\s*$/u.test(text.slice(last.end, start)) && /^\s*[）)]/u.test(text.slice(end))) {
      last.aliases.push(m[0]);
      last.nameFrom = end + /^\s*[）)]/u.exec(text.slice(end))![0].length;
      continue;
    }
    if (last) last.name = text.slice(last.nameFrom, start).replace(EDGE_PUNCTUATION, '') || null;
    entries.push({ number: m[0], aliases: [], name: null, end, nameFrom: end });
  }
  const last = entries.at(-1);
  if (last) last.name = text.slice(last.nameFrom).replace(EDGE_PUNCTUATION, '') || null;
  const label = (found[0] ? text.slice(0, found[0].index) : text).replace(EDGE_PUNCTUATION, '');
  return { label, entries: entries.map(({ number, aliases, name }) => ({ number, aliases, name })) };
}

/** A run of numbers a sentence enumerates, joined by 、 (取消12300、12301、…); its last item may be cut off. */
const RUN = /(?<!\d)\d{3,11}(?:、\d{1,11})+(?!\d)/gu;

/**
 * The numbers a sentence enumerates ("取消12300、12301、…、96119共14条热线号码"), in order,
 * and a last item too short to be a number: the sign of a text that breaks off ("…、12348、123").
 * @example enumerated('保留12315、12316、123') // [{ numbers: ['12315', '12316'], cutOff: '123', at: 2 }]
 */
export function enumerated(sentence: string): { numbers: string[]; cutOff: string | null; at: number }[] {
  return [...sentence.matchAll(RUN)].map((m) => {
    const items = m[0].split('、');
    const numbers = items.filter((n) => n.length >= 5 && n !== TARGET);
    const tail = items.at(-1)!;
    return { numbers, cutOff: tail.length < 5 ? tail : null, at: m.index };
  });
}
