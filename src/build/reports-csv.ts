import { stringify } from 'csv-stringify/sync';
import { REPORT_COLUMNS } from '../lib/reports-table.ts';
import type { Row } from '../lib/lines-table.ts';

/**
 * /api/v1/reports.csv, written as lines.csv is (UTF-8 with a byte order mark, CRLF, true/false,
 * no value as an empty cell: the dialect datapackage.json gives both). Build time only.
 * @example reportsCsv([['130900', '沧州市', …]]) // '\uFEFFregion,regionName,list,kind,…\r\n130900,沧州市,none,report,…\r\n'
 */
export function reportsCsv(rows: readonly Row[]): string {
  return stringify([REPORT_COLUMNS.map((c) => c.name), ...rows], {
    bom: true,
    record_delimiter: 'windows',
    cast: { boolean: (value) => String(value) },
  });
}
