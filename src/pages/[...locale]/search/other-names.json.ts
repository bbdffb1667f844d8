import type { APIRoute } from 'astro';
import { otherNamesFileFor } from '../../../data/places.ts';
import { localePaths } from '../../../data/paths.ts';

/** /search/other-names.json in every language: former names and zones, loaded only when a query finds no current name. */
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify(await otherNamesFileFor(params.locale)));
