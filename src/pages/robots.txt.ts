import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { pageUrl } from '../build/qr.ts';

/**
 * /robots.txt (DESIGN.md): every page may be crawled — pages kept out of results say so themselves
 * (noindex), which a crawler reads only on a page it may fetch — and the sitemap index, by its absolute
 * address. A preview (PREVIEW=1) asks crawlers to keep out altogether: its addresses are this computer's.
 */
export const GET: APIRoute = async ({ site }) => {
  const { preview } = await getSite();
  const lines = preview
    ? ['# A preview (PREVIEW=1): not the published site.', 'User-agent: *', 'Disallow: /']
    : ['User-agent: *', 'Allow: /', '', `Sitemap: ${pageUrl(site, `${import.meta.env.BASE_URL}sitemap.xml`)}`];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
