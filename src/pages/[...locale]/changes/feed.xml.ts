import type { APIRoute } from 'astro';
import { getSite } from '../../../data/site.ts';
import { localised } from '../../../data/locale.ts';
import { localePaths } from '../../../data/paths.ts';
import { pageUrl } from '../../../build/qr.ts';
import { atomFeed } from '../../../build/atom-feed.ts';
import { feedEntries } from '../../../lib/published/feed-entries.ts';

/** /changes/feed.xml in every language (/en/changes/feed.xml…): every national change and every list added or corrected. */
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site: origin }) => {
  const site = await getSite();
  const l = await localised(params.locale);
  const url = (path: string) => pageUrl(origin, l.href(path));
  const xml = atomFeed(
    feedEntries(site.changes, [...site.lists.values()], l),
    {
      title: l.tr('feed.title'),
      subtitle: l.tr('feed.subtitle'),
      lang: l.locale.code,
      author: l.tr('site.name'),
      self: url('changes/feed.xml'),
      page: url('changes/'),
      home: url(''),
      fallbackDate: site.review.reviewed,
    },
    url,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
