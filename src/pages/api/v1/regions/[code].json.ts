import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../../data/site.ts';
import { regionFile } from '../../../../lib/api.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.built.map((r) => ({ params: { code: r.code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const region = site.region(params.code!);
  return Response.json(regionFile(region, site.resolution(region.code), site.buildDate, site.changes, site.reports, site.plans));
};
