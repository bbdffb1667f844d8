import type { APIRoute } from 'astro';
import { sitemaps } from '../data/sitemap.ts';
import { sitemapIndexXml } from '../build/sitemaps.ts';
import { pageUrl } from '../build/qr.ts';

/** /sitemap.xml (DESIGN.md): the index of every language's sitemap, at absolute addresses (SITE_ORIGIN, BASE_PATH). */
export const GET: APIRoute = async ({ site }) => {
  const xml = await sitemapIndexXml(await sitemaps(), (name) => pageUrl(site, `${import.meta.env.BASE_URL}${name}`));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
