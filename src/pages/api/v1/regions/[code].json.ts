import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../../data/site.ts';
import { getPlaces } from '../../../../data/places.ts';
import { regionFile } from '../../../../lib/published/api.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.built.map((r) => ({ params: { code: r.code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const region = site.region(params.code!);
  const { areaCodes } = await getPlaces();
  return Response.json(regionFile(region, site.resolution(region.code), site.buildDate, site.changes, areaCodes.of({ code: region.code, region: region.code }), site.reports, site.plans));
};
