import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLocale } from '../../../data/paths.ts';
import { localised } from '../../../data/locale.ts';
import { shareImagePng } from '../../../build/share-images.ts';
import { SHARE_IMAGE_KINDS, type ShareImageKind } from '../../../lib/seo/share-image.ts';

/** /share/{kind}.png (and /en/share/…): the picture a chat preview shows beside a page (og:image). */
export const getStaticPaths = (() => inEveryLocale(SHARE_IMAGE_KINDS.map((kind) => ({ params: { kind } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const l = await localised(params.locale);
  const png = await shareImagePng(params.kind as ShareImageKind, l.locale, l.tr);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
