import { check, LinkState } from 'linkinator';
import { filesUnder } from '../../scripts/budgets.ts';
import { LOCALE_ROOT_PATTERN } from '../../src/i18n/locales.ts';

/**
 * Pages per linkinator run. It looks up each repeated link in every result so
 * far, so one run over ~18,000 pages spent minutes on that alone; measured over
 * dist/, runs of 1,000 pages took 150 s in all, of 250 pages 36 s, of 100 pages
 * 31 s (the last two alone on 2 cores, 2026-12-07).
 */
const BATCH = 100;

/** A region's own address under the base path, in any language: its pages, widget, offline list, search and API files. */
const REGION_PATH = new RegExp(`^${LOCALE_ROOT_PATTERN}(?:embed/|offline/|search/|api/v1/regions/)?(\\d{6})(?=[/.])`);

/**
 * Every internal link or resource on every page of a built site, as served at
 * `origin` + `base`, that does not resolve: "url (status) on parent". Every
 * page in `dist` is fetched from the server (so a page no link reaches is
 * checked too) and each of its links is requested; other origins are not
 * followed (there should be none: tests/build/third-parties.test.ts). A link
 * to this origin outside `base` is broken without being requested: it is a
 * template that forgot the base path, and on a real host it would reach
 * whatever else the host serves there, or nothing.
 */
export async function brokenLinks(
  origin: string,
  base: string,
  dist: string,
  /** For a build of a few regions (BUILD_REGIONS): the codes it wrote; a link into another region's pages is not followed. */
  regions?: readonly string[],
  batch = BATCH,
): Promise<{ pages: number; checked: number; broken: string[] }> {
  const site = `${origin}${base}`;
  const outsideBase = (link: string) => link.startsWith(`${origin}/`) && !link.startsWith(site);
  const unbuilt = (link: string) => {
    const code = REGION_PATH.exec(link.slice(site.length))?.[1];
    return regions !== undefined && code !== undefined && !regions.includes(code);
  };
  const pages = filesUnder(dist)
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `${site}${f.replace(/(^|\/)index\.html$/, '$1')}`);
  // Pages of other batches are requested there, each as a page of its own: a link to one is not
  // requested again (most links on a page are to its other languages, its region, its poster),
  // but judged at the end by how its page answered.
  const pageBatch = new Map(pages.map((p, i) => [p, Math.floor(i / batch)]));
  const pageOf = (link: string) => link.replace(/#.*$/, '');
  const elsewhere = (link: string, run: number) => (pageBatch.get(pageOf(link)) ?? run) !== run;
  const answered = new Set<string>();
  const deferred: { url: string; parent: string | undefined }[] = [];
  let checked = 0;
  const broken: string[] = [];
  for (let i = 0; i < pages.length; i += batch) {
    const run = i / batch;
    const result = await check({
      path: pages.slice(i, i + batch),
      recurse: false,
      concurrency: 16,
      timeout: 20_000,
      // Whether a link resolves is the question, not how it travels: asked for brotli, nginx sends its precompressed
      // copies and Node spent a tenth of the check undoing them (tests/hosting/nginx.test.ts tests the copies).
      headers: { 'Accept-Encoding': 'identity' },
      // QR images are checked one by one, decoded, in tests/build/qr.test.ts; requesting
      // them too would add two requests per page in every language.
      linksToSkip: async (link) => !link.startsWith(site) || /\/qr\.(png|svg)$/.test(link) || unbuilt(link) || elsewhere(link, run),
    });
    for (const l of result.links) {
      if (l.state === LinkState.OK) {
        checked++;
        if (pageBatch.has(l.url)) answered.add(l.url);
      } else if (l.state === LinkState.BROKEN) broken.push(`${l.url} (${l.status}) on ${l.parent}`);
      else if (outsideBase(l.url)) broken.push(`${l.url} (outside the base path ${base}) on ${l.parent}`);
      else if (elsewhere(l.url, run)) deferred.push({ url: l.url, parent: l.parent });
    }
  }
  for (const { url, parent } of deferred) {
    if (answered.has(pageOf(url))) checked++;
    else broken.push(`${url} (its page did not answer) on ${parent}`);
  }
  return { pages: pages.length, checked, broken };
}
