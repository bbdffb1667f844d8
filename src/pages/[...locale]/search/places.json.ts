import type { APIRoute } from 'astro';
import { placeFileFor } from '../../../data/places.ts';
import { localePaths } from '../../../data/paths.ts';

/** /search/places.json in every language (/en/search/places.json…): loaded by the home page when a citizen starts typing. */
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify(await placeFileFor(params.locale)));
