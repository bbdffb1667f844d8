import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';
import { pageUrl, qrResponse, QR_FORMATS } from '../../build/qr.ts';

/** /{region}/qr.svg and qr.png: the region page's address, for posters and sharing. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.regions.flatMap((r) => QR_FORMATS.map((format) => ({ params: { region: r.code, format } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => qrResponse(pageUrl(site, import.meta.env.BASE_URL, `${params.region}/`), params.format);
