import { codeHistory, type CodeHistory, type CodeRecord } from '../../src/lib/places/history/code-history.ts';

/**
 * A small code history written a record a line, as result.csv has them: `CODE NAME FROM-UNTIL [~] [> NEXT…]`, the
 * until left empty while in use, `~` where the code stayed under another name (变更), each NEXT a code with the year
 * its part went where that is not the until (320212[1987]). Lines starting with # say where the records are from.
 * @example tinyRecords('110224 大兴县 1981-2001 > 110115')[0]?.until // 2001
 */
export function tinyRecords(table: string): CodeRecord[] {
  return table
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [head = '', next = ''] = line.split('>');
      const [code = '', name = '', years = '', changed] = head.trim().split(/\s+/);
      const [from, until] = years.split('-');
      return {
        code,
        name,
        level: code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county',
        from: Number(from),
        until: until ? Number(until) : null,
        changedInPlace: changed === '~',
        next: next
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map((n) => {
            const [, c = '', y] = /^(\d{6})(?:\[(\d{4})\])?$/.exec(n) ?? [];
            return { code: c, year: y ? Number(y) : null };
          }),
      };
    });
}

/** The history of tinyRecords' table. */
export const tinyHistory = (table: string): CodeHistory => codeHistory(tinyRecords(table));
