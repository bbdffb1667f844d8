import type { APIRoute } from 'astro';
import { getPlaces } from '../../../data/places.ts';
import { placeEntry } from '../../../lib/published/api.ts';

export const GET: APIRoute = async () => {
  const { places, areaCodes } = await getPlaces();
  return Response.json(places.map((p) => placeEntry(p, areaCodes.of(p))));
};
