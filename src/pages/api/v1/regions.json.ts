import type { APIRoute } from 'astro';
import { getSite } from '../../../data/site.ts';
import { regionEntry } from '../../../lib/api.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return Response.json(site.regions.map((r) => regionEntry(r, site.resolution(r.code))));
};
