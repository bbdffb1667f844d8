import type { APIRoute } from 'astro';
import { safetyFile } from '../../../data/safety.ts';
import { localePaths } from '../../../data/paths.ts';

/** /search/safety.json in every language (/en/search/safety.json…): what every search box says in danger. */
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify(await safetyFile(params.locale)));
