import { stringify } from 'csv-stringify/sync';
import { COLUMNS } from '../lib/published/lines-table.ts';
import type { Row } from '../lib/published/table-schema.ts';

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
 * A table of the open data as CSV, written by csv-stringify: UTF-8 with a byte order mark, so that
 * Excel reads the Chinese as Chinese; CRLF line ends (RFC 4180); booleans as true/false and no value
 * as an empty cell, as the Table Schema in datapackage.json says; every text neutralised against
 * formulas (lines.csv and reports.csv alike: both carry words from documents and the web). Build time only.
 * @example csvTable(['region', 'regionName'], [['350500', '泉州市']]) // '\uFEFFregion,regionName\r\n350500,泉州市\r\n'
 */
export function csvTable(names: readonly string[], rows: readonly Row[]): string {
  return stringify([names, ...rows], {
    bom: true,
    record_delimiter: 'windows',
    cast: { boolean: (value) => String(value), string: (value) => neutralise(value) },
  });
}

/**
 * /api/v1/lines.csv: one row per region and line (the columns of lines-table.ts).
 * @example linesCsv([['350500', '泉州市', …]]) // '\uFEFFregion,regionName,…\r\n350500,泉州市,…\r\n'
 */
export const linesCsv = (rows: readonly Row[]) => csvTable(COLUMNS.map((c) => c.name), rows);
