import type { APIRoute } from 'astro';
import { getSite } from '../../../data/site.ts';
import { pageUrl } from '../../../build/qr.ts';
import { linesCsv } from '../../../build/lines-csv.ts';
import { regionRows } from '../../../lib/published/lines-table.ts';

/** /api/v1/lines.csv: every region's lines in one table (described by datapackage.json beside it). */
export const GET: APIRoute = async ({ site: origin }) => {
  const site = await getSite();
  const url = (path: string) => pageUrl(origin, `${import.meta.env.BASE_URL}${path}`);
  const rows = site.regions.flatMap((r) => regionRows(r, site.resolution(r.code), site.lines(r.code), site.buildDate, url));
  return new Response(linesCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
