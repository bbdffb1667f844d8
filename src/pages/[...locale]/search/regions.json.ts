import type { APIRoute } from 'astro';
import { regionFile } from '../../../data/search.ts';
import { localePaths } from '../../../data/paths.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify(await regionFile(params.locale)));
