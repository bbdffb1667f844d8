import type { APIRoute } from 'astro';
import { localePaths } from '../../../data/paths.ts';
import { soundTable } from '../../../lib/search/sound-table.ts';

/**
 * /search/sounds.json in every language's folder (the same table): what each common character sounds like,
 * fetched by a search box only when a query finds no word as typed (sounds.ts).
 */
export const getStaticPaths = localePaths;

export const GET: APIRoute = () => new Response(JSON.stringify({ sounds: soundTable() }));
