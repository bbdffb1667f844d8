import { stringify } from 'csv-stringify/sync';
import { COLUMNS, type Row } from '../lib/lines-table.ts';

/**
 * /api/v1/lines.csv, written by csv-stringify: UTF-8 with a byte order mark, so that Excel reads the
 * Chinese as Chinese; CRLF line ends (RFC 4180); booleans as true/false and no value as an empty cell,
 * as the Table Schema in datapackage.json says. Build time only.
 * @example linesCsv([['350500', '泉州市', …]]) // '\uFEFFregion,regionName,…\r\n350500,泉州市,…\r\n'
 */
export function linesCsv(rows: readonly Row[]): string {
  return stringify([COLUMNS.map((c) => c.name), ...rows], {
    bom: true,
    record_delimiter: 'windows',
    cast: { boolean: (value) => String(value) },
  });
}
