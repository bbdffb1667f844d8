import type { APIRoute } from 'astro';
import { getSite } from '../../../data/site.ts';
import { getPlaces } from '../../../data/places.ts';
import { regionEntry } from '../../../lib/published/api.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const { areaCodes } = await getPlaces();
  return Response.json(site.regions.map((r) => regionEntry(r, site.resolution(r.code), areaCodes.of({ code: r.code, region: r.code }))));
};
