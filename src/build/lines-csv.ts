import { stringify } from 'csv-stringify/sync';
import { COLUMNS, type Row } from '../lib/lines-table.ts';

/** What a spreadsheet reads as the start of a formula (OWASP, CSV injection): =, +, -, @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * A cell as a spreadsheet must show it, never run it: a text that starts like a formula
 * (`=HYPERLINK(…)`, `+1`, `@SUM`) gets a single quote before it, as OWASP advises, so Excel and
 * LibreOffice show the text instead of evaluating it.
 * @example neutralise('=HYPERLINK("http://x")') // '\'=HYPERLINK("http://x")'
 */
export const neutralise = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/**
 * /api/v1/lines.csv, written by csv-stringify: UTF-8 with a byte order mark, so that Excel reads the
 * Chinese as Chinese; CRLF line ends (RFC 4180); booleans as true/false and no value as an empty cell,
 * as the Table Schema in datapackage.json says; every text neutralised against formulas. Build time only.
 * @example linesCsv([['350500', '泉州市', …]]) // '\uFEFFregion,regionName,…\r\n350500,泉州市,…\r\n'
 */
export function linesCsv(rows: readonly Row[]): string {
  return stringify([COLUMNS.map((c) => c.name), ...rows], {
    bom: true,
    record_delimiter: 'windows',
    cast: { boolean: (value) => String(value), string: (value) => neutralise(value) },
  });
}
