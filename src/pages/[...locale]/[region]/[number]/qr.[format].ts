import type { APIRoute, GetStaticPaths } from 'astro';
import { answerPaths } from '../../../../data/paths.ts';
import { localised } from '../../../../data/locale.ts';
import { pageUrl, qrResponse, QR_FORMATS } from '../../../../build/qr.ts';

/** /{region}/{number}/qr.svg and qr.png: the answer page's address. */
export const getStaticPaths = (async () =>
  (await answerPaths()).flatMap(({ params }) => QR_FORMATS.map((format) => ({ params: { ...params, format } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  qrResponse(pageUrl(site, (await localised(params.locale)).href(`${params.region}/${params.number}/`)), params.format);
