import type { APIRoute, GetStaticPaths } from 'astro';
import { searchFiles } from '../../../data/search.ts';
import { LOCALES } from '../../../i18n/locales.ts';

/** /search/{region}.json and /search/national.json, in every language (/en/search/…). */
export const getStaticPaths: GetStaticPaths = async () =>
  (
    await Promise.all(
      LOCALES.map(async (l) => [...(await searchFiles(l.prefix))].map(([file, data]) => ({ params: { locale: l.prefix || undefined, file }, props: { data } }))),
    )
  ).flat();

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props['data']));
