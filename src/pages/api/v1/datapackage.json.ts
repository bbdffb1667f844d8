import type { APIRoute } from 'astro';
import { getSite } from '../../../data/site.ts';
import { pageUrl } from '../../../build/qr.ts';
import { dataPackage } from '../../../lib/published/data-package.ts';
import { citation } from '../../../lib/sources/citation.ts';

/** /api/v1/datapackage.json: what lines.csv holds, column by column (Frictionless Data). */
export const GET: APIRoute = async ({ site: origin }) => {
  const site = await getSite();
  const url = (path: string) => pageUrl(origin, `${import.meta.env.BASE_URL}${path}`);
  const sources = [...site.sources.values()].map((s) => ({ title: citation(s), path: url(`sources/${s.id}/`) }));
  return Response.json(dataPackage(url(''), sources));
};
