import type { APIRoute } from 'astro';
import { iconSvg } from '../../build/icons.ts';

export const GET: APIRoute = () => new Response(iconSvg(false), { headers: { 'Content-Type': 'image/svg+xml' } });
