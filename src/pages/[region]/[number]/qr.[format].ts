import type { APIRoute, GetStaticPaths } from 'astro';
import { answerPaths } from '../../../data/paths.ts';
import { pageUrl, qrResponse, QR_FORMATS } from '../../../build/qr.ts';

/** /{region}/{number}/qr.svg and qr.png: the answer page's address. */
export const getStaticPaths = (async () =>
  (await answerPaths()).flatMap(({ params }) => QR_FORMATS.map((format) => ({ params: { ...params, format } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  qrResponse(pageUrl(site, import.meta.env.BASE_URL, `${params.region}/${params.number}/`), params.format);
