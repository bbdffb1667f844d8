import type { Region } from '../places/regions.ts';
import type { Resolution } from '../engine/resolve.ts';
import type { Report } from '../schema/report.ts';
import type { Column, Row } from './table-schema.ts';
import { reportEntries } from './api.ts';

/**
 * /api/v1/reports.csv: what named outlets reported of regions' lines, one row per region and
 * statement, beside lines.csv and never mixed into it (a report is not a list: lines.csv's columns
 * and their meaning stay as they were). The same data as the region files' `reports[]`; described,
 * like lines.csv, in /api/v1/datapackage.json.
 */

export const REPORT_COLUMNS: Column[] = [
  { name: 'region', type: 'string', title: '地区代码', description: 'The GB/T 2260 code of the region the report speaks for (a province’s report gives a row for the province and each of its prefectures).', constraints: { required: true, pattern: '\\d{6}' } },
  { name: 'regionName', type: 'string', title: '地区', description: 'The region’s name, as the dataset writes it.', constraints: { required: true } },
  { name: 'list', type: 'string', title: '清单', description: 'Whose list speaks for the region: its own, its province’s (inherited), or none. A report fills silence only: where a list or a national change answers, lines.csv does.', constraints: { required: true, enum: ['own', 'inherited', 'none'] } },
  { name: 'kind', type: 'string', title: '类型', description: 'Always report: what an outlet said, not a list’s verdict.', constraints: { required: true, enum: ['report'] } },
  { name: 'report', type: 'string', title: '报道', description: 'The report’s id (content/reports/{id}.yaml; the region file’s reports[].id).', constraints: { required: true } },
  { name: 'outlet', type: 'string', title: '媒体', description: 'The outlet that published it, never a mirror.', constraints: { required: true } },
  { name: 'originally', type: 'string', title: '稿件来源', description: 'The outlet the report credits as its origin; empty when none.' },
  { name: 'title', type: 'string', title: '标题', description: 'Its headline as published; empty when the copy read shows none.' },
  { name: 'date', type: 'date', title: '报道日期', description: 'The day it was published.', constraints: { required: true } },
  { name: 'url', type: 'string', title: '报道地址', description: 'The outlet’s own address for it; empty when only a copy was read.' },
  { name: 'readAt', type: 'string', title: '阅读地址', description: 'Where the text was read.', constraints: { required: true } },
  { name: 'mirror', type: 'boolean', title: '转载站', description: 'Whether that site is a mirror (copies others’ pages) rather than the outlet or a crediting repost.', constraints: { required: true } },
  { name: 'part', type: 'string', title: '范围', description: 'Where the report speaks of part of the region only, that part (our words, Chinese); empty for the whole region.' },
  { name: 'numbers', type: 'string', title: '号码', description: 'The numbers its words name, separated by spaces; all where they speak of every line.', constraints: { required: true } },
  { name: 'says', type: 'string', title: '报道的说法', description: 'What it says of them: cancelled (取消号码), merged (并入 12345, no word on whether the old number connects), parallel, subcenter, or counts (numbers of lines only).', constraints: { required: true, enum: ['cancelled', 'merged', 'parallel', 'subcenter', 'counts'] } },
  { name: 'counts', type: 'string', title: '条数', description: 'For counts: how many lines each way, e.g. merged=24;parallel=1;subcenter=5; empty otherwise.' },
  { name: 'effective', type: 'date', title: '生效日期', description: 'The day it took effect, where the report gives one; empty otherwise.' },
  { name: 'words', type: 'string', title: '报道原话', description: 'The report’s own words, checked against the text read; passages joined by ……', constraints: { required: true } },
];

/**
 * The rows of one region: each statement of every report that speaks for it.
 * @example reportRows(cangzhou, none, reports)[0] // ['130900', '沧州市', 'none', 'report', 'cangzhou-2021-09-15', '长城网', '沧州日报', …]
 */
export function reportRows(region: Pick<Region, 'code' | 'name' | 'parent'>, resolution: Resolution, reports: readonly Report[]): Row[] {
  return reportEntries(reports, region).map((r) => [
    region.code,
    region.name,
    resolution.kind,
    r.kind,
    r.id,
    r.outlet,
    r.originally,
    r.title,
    r.date,
    r.url,
    r.readAt.url,
    r.readAt.mirror,
    r.part?.zh ?? null,
    r.numbers === 'all' ? 'all' : r.numbers.join(' '),
    r.says,
    r.counts && Object.entries(r.counts).map(([k, n]) => `${k}=${n}`).join(';'),
    r.effective,
    r.words.join('……'),
  ]);
}

