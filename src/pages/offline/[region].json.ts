import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';
import { searchFileFor } from '../../data/search.ts';
import type { RegionUrls } from '../../sw/messages.ts';

/** For every region: the pages and data the service worker saves when a citizen visits it. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.regions.map((r) => {
    const answered = site.answered.get(r.code) ?? [];
    const urls: RegionUrls = {
      pages: [`${r.code}/`, ...answered.map((n) => `${r.code}/${n}/`)],
      data: [searchFileFor(r.code, answered.length > 0), `api/v1/regions/${r.code}.json`],
    };
    return { params: { region: r.code }, props: { urls } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props['urls']);
