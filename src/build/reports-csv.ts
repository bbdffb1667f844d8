import { REPORT_COLUMNS } from '../lib/published/reports-table.ts';
import type { Row } from '../lib/published/table-schema.ts';
import { csvTable } from './lines-csv.ts';

/**
 * /api/v1/reports.csv, written as lines.csv is (the same dialect, formulas neutralised: its words
 * and titles are quotes from the web). Build time only.
 * @example reportsCsv([['130900', '沧州市', …]]) // '\uFEFFregion,regionName,list,kind,…\r\n130900,沧州市,none,report,…\r\n'
 */
export const reportsCsv = (rows: readonly Row[]) => csvTable(REPORT_COLUMNS.map((c) => c.name), rows);
