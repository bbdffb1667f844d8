import type { APIRoute, GetStaticPaths } from 'astro';
import { ICONS, iconPng, type IconName } from '../../build/icons.ts';

export const getStaticPaths = (() => Object.keys(ICONS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await iconPng(params.name as IconName)), { headers: { 'Content-Type': 'image/png' } });
