/**
 * What a table of the open data is (/api/v1/lines.csv, /api/v1/reports.csv): its columns as a
 * Table Schema (Frictionless Data), its rows, and the CSV dialect both are written in.
 */

/** A Table Schema field (Frictionless Data): the column's name, its type and what it holds. */
export interface Column {
  name: string;
  type: 'string' | 'boolean' | 'date';
  title: string;
  description: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

/** One row: a cell per column, in the columns' order; null where the data has no value (an empty cell). */
export type Row = (string | boolean | null)[];

/**
 * A table of the open data as a Data Package resource: the CSV dialect both tables are written in
 * (src/build/lines-csv.ts), and their columns as a Table Schema.
 * @example csvResource('lines', COLUMNS).path // 'lines.csv'
 */
export const csvResource = (name: string, fields: readonly Column[]) => ({
  name,
  path: `${name}.csv`,
  profile: 'tabular-data-resource',
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
  schema: { fields, missingValues: [''] },
});
