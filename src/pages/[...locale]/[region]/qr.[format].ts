import type { APIRoute, GetStaticPaths } from 'astro';
import { regionPaths } from '../../../data/paths.ts';
import { localised } from '../../../data/locale.ts';
import { pageUrl, qrResponse, QR_FORMATS } from '../../../build/qr.ts';

/** /{region}/qr.svg and qr.png: the region page's address, for posters and sharing. */
export const getStaticPaths = (async () =>
  (await regionPaths()).flatMap(({ params }) => QR_FORMATS.map((format) => ({ params: { ...params, format } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  qrResponse(pageUrl(site, (await localised(params.locale)).href(`${params.region}/`)), params.format);
