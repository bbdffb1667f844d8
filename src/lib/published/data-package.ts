import { COLUMNS } from './lines-table.ts';
import { REPORT_COLUMNS } from './reports-table.ts';
import { csvResource } from './table-schema.ts';

/**
 * /api/v1/datapackage.json: the table described as a Frictionless Data Package, its columns as a
 * Table Schema, the documents the rows rest on as its sources. Addresses are absolute.
 * @example dataPackage('https://12345.example.gov.cn/', sources).resources[0].path // 'lines.csv'
 */
export function dataPackage(home: string, sources: readonly { title: string; path: string }[]) {
  return {
    profile: 'tabular-data-package',
    name: 'hotline-12345-lines',
    title: '12345 热线号码查询：各地热线归并清单和今天的情况',
    description:
      'Every line of every region’s merge list, one row per region and line, with today’s answer (as of asOf) every layer applied — the same data as /api/v1/regions/{code}.json. A region without a list has no rows; a number its list does not mention has none either.',
    homepage: home,
    sources: [...sources],
    resources: [
      csvResource('lines', COLUMNS),
      // What named outlets reported, beside the lists and never in lines.csv (src/lib/published/reports-table.ts).
      csvResource('reports', REPORT_COLUMNS),
    ],
  };
}
