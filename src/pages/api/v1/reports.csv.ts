import type { APIRoute } from 'astro';
import { getSite } from '../../../data/site.ts';
import { reportsCsv } from '../../../build/reports-csv.ts';
import { reportRows } from '../../../lib/published/reports-table.ts';

/** /api/v1/reports.csv: what named outlets reported of regions' lines, one row per region and statement (described in datapackage.json). */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const rows = site.regions.flatMap((r) => reportRows(r, site.resolution(r.code), site.reports));
  return new Response(reportsCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
