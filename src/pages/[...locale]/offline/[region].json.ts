import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { searchFileFor } from '../../../data/search.ts';
import { regionPaths } from '../../../data/paths.ts';
import { localeOf, localeRoot } from '../../../i18n/locales.ts';
import type { RegionUrls } from '../../../sw/messages.ts';

/** For every region, in every language: the pages and data the service worker saves when a citizen visits it. */
export const getStaticPaths = regionPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const region = params.region!;
  const root = localeRoot(localeOf(params.locale));
  const answered = site.answered.get(region) ?? [];
  const resolution = site.resolution(region);
  // The document the answers cite, so that their source links work offline too.
  const source = resolution.kind === 'none' ? [] : [`${root}sources/${resolution.list.source.id}/`];
  const urls: RegionUrls = {
    pages: [`${root}${region}/`, ...answered.map((n) => `${root}${region}/${n}/`), ...source],
    data: [`${root}${searchFileFor(region, site.resolution(region).kind !== 'none')}`, `${root}search/safety.json`, `api/v1/regions/${region}.json`],
  };
  return Response.json(urls);
};
