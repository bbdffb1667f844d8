import type { APIRoute } from 'astro';
import { regionFile } from '../../data/search.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await regionFile()));
