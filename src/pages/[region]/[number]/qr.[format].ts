import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { pageUrl, qrResponse, QR_FORMATS } from '../../../build/qr.ts';

/** /{region}/{number}/qr.svg and qr.png: the answer page's address. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return [...site.answered].flatMap(([region, numbers]) =>
    numbers.flatMap((number) => QR_FORMATS.map((format) => ({ params: { region, number, format } }))),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  qrResponse(pageUrl(site, import.meta.env.BASE_URL, `${params.region}/${params.number}/`), params.format);
