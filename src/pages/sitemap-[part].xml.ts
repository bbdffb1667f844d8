import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemaps } from '../data/sitemap.ts';
import { sitemapXml } from '../build/sitemaps.ts';

/** /sitemap-{language}-{part}.xml: one language's pages worth finding (src/data/sitemap.ts), within the protocol's limits. */
export const getStaticPaths = (async () => (await sitemaps()).map((s) => ({ params: { part: s.name.replace(/^sitemap-|\.xml$/g, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const sitemap = (await sitemaps()).find((s) => s.name === `sitemap-${params.part}.xml`)!;
  return new Response(await sitemapXml(sitemap), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
