import type { Region } from '../places/regions.ts';
import type { Resolution } from '../engine/resolve.ts';
import type { LineAnswer } from '../engine/answer.ts';
import { rowAnchor } from '../sources/anchors.ts';
import type { Column, Row } from './table-schema.ts';

/**
 * /api/v1/lines.csv: every line of every region's list in one table, today's answer with it,
 * as the region files give it (/api/v1/regions/{code}.json). Each column is described once here,
 * for the CSV's header and for the Table Schema of /api/v1/datapackage.json (src/lib/published/data-package.ts).
 */

export const COLUMNS: Column[] = [
  { name: 'region', type: 'string', title: '地区代码', description: 'The GB/T 2260 code of the region (a row of /api/v1/regions.json).', constraints: { required: true, pattern: '\\d{6}' } },
  { name: 'regionName', type: 'string', title: '地区', description: 'The region’s name, as the dataset writes it.', constraints: { required: true } },
  { name: 'list', type: 'string', title: '清单', description: 'Whose list speaks for the region: its own, or its province’s (inherited).', constraints: { required: true, enum: ['own', 'inherited'] } },
  { name: 'inheritedFrom', type: 'string', title: '所依据的省级清单', description: 'For an inherited list, the code of the province whose list it is; empty otherwise.' },
  { name: 'number', type: 'string', title: '号码', description: 'The number as dialled; empty for a row the document prints without one (Sichuan’s self-built lines).' },
  { name: 'name', type: 'string', title: '热线名称', description: 'The line’s name as its list gives it.', constraints: { required: true } },
  { name: 'verdict', type: 'string', title: '今天的情况', description: 'Today’s answer (as of asOf), every layer applied: the list’s, or stopped / reassigned where a national change decides. The region file’s `verdict`.', constraints: { required: true, enum: ['cancelled', 'cancelling', 'parallel', 'subcenter', 'stopped', 'reassigned'] } },
  { name: 'dialable', type: 'boolean', title: '能否接通', description: 'Does the old number connect as of asOf, every layer applied.', constraints: { required: true } },
  { name: 'statusSince', type: 'date', title: '自何时起', description: 'Since when the verdict holds, as the region file’s `statusSince`; empty where the document gives no date.' },
  { name: 'mode', type: 'string', title: '整合方式', description: 'The list’s own merge mode for the line: merged 整体并入, parallel 双号并行, subcenter 设分中心.', constraints: { required: true, enum: ['merged', 'parallel', 'subcenter'] } },
  { name: 'listVerdict', type: 'string', title: '清单的说法', description: 'What the list alone says as of asOf (history once a national change decides): the region file’s `listStatus.verdict`.', constraints: { required: true, enum: ['cancelled', 'cancelling', 'parallel', 'subcenter'] } },
  { name: 'change', type: 'string', title: '全国性变化', description: 'The id of the national change that decides the line (a `changes[]` entry of the region file, /changes/#{id}); empty when none does.' },
  { name: 'source', type: 'string', title: '依据', description: 'The address of the row on its document’s page, /sources/{id}/#{anchor}.', constraints: { required: true } },
  { name: 'asOf', type: 'date', title: '计算日期', description: 'The day the verdicts are computed for (the region files’ asOf): the build’s day, not the data’s date.', constraints: { required: true } },
];

/**
 * The rows of one region, in its list's order. `sourceUrl` makes a document page's absolute address from
 * its path below the site's root.
 * @example regionRows(quanzhou, resolution, answers, '2026-11-28', (p) => `https://12345.example.gov.cn/${p}`)[11]
 * // ['350500', '泉州市', 'own', null, '12369', '环境保护投诉举报', 'stopped', false, '2021-12-01', 'merged', 'cancelled', '12369-stopped', 'https://12345.example.gov.cn/sources/quanzhou-2021/#row-12', '2026-11-28']
 */
export function regionRows(region: Pick<Region, 'code' | 'name'>, resolution: Resolution, answers: readonly LineAnswer[], asOf: string, sourceUrl: (path: string) => string): Row[] {
  if (resolution.kind === 'none') return [];
  const { list } = resolution;
  return answers.map(({ line, status, change, today }) => {
    const anchor = rowAnchor(list.lines, line);
    return [
      region.code,
      region.name,
      resolution.kind,
      line.inheritedFrom,
      line.number,
      line.name,
      today.verdict,
      today.dialable,
      today.since,
      line.mode,
      status.verdict,
      change?.id ?? null,
      sourceUrl(`sources/${line.sourceId}/${anchor ? `#${anchor}` : ''}`),
      asOf,
    ];
  });
}
