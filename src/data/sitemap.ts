import { getSite } from './site.ts';
import { inEveryLanguage } from './locale.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { changeInForce, changesFor } from '../lib/engine/changes.ts';
import { changeDays, lastModified, listRecorded, reviewedOn } from '../lib/seo/lastmod.ts';
import { sitemapName, sitemapParts } from '../lib/seo/sitemap-parts.ts';

/** A page worth finding: its address below a language's root, and when its content last changed (the data's day). */
export interface SitemapPage {
  path: string;
  lastmod: string;
}

/** One address in a language's sitemap, with its twins in every language (hreflang). */
export interface SitemapEntry {
  url: string;
  lastmod: string;
  links: { lang: string; url: string }[];
}

/**
 * Every page a search engine should find, in every language alike: the home page, every region and
 * answer page of the build, every /n/ page, every source document, the national changes and the
 * embed's page for webmasters. Left out, as they are no answer of their own: posters (a print layout
 * of their page), /offline/, the widgets (/embed/{region}/), the data files, the feed, QR codes, 404.
 */
async function pages(): Promise<SitemapPage[]> {
  const site = await getSite();
  const { review, changes, buildDate } = site;
  const listOf = (code: string) => {
    const r = site.resolution(code);
    return r.kind === 'none' ? null : r.list;
  };
  const allLists = [...site.lists.values()].map(listRecorded);
  const inForce = changes.filter((c) => c.effective.date <= buildDate);
  const everything = lastModified([...allLists, ...changeDays(inForce)], review);
  const result: SitemapPage[] = [
    { path: '', lastmod: everything },
    { path: 'changes/', lastmod: lastModified([...changeDays(changes), review.reviewed], review) },
    { path: 'embed/', lastmod: everything },
  ];
  for (const region of site.built) {
    const list = listOf(region.code);
    const listDay = list && listRecorded(list);
    result.push({ path: `${region.code}/`, lastmod: lastModified([listDay, ...changeDays(changesFor(changes, region, buildDate))], review) });
    for (const number of site.answered.get(region.code) ?? []) {
      const answer = site.answer(region.code, number);
      result.push({ path: `${region.code}/${number}/`, lastmod: lastModified([listDay, ...changeDays([answer.change]), reviewedOn(review, number)], review) });
    }
  }
  const numbers = [...site.catalogue.keys(), ...site.safety.emergency.numbers.map((e) => e.number)];
  for (const number of numbers) {
    const lists = site.regions.filter((r) => site.answered.get(r.code)?.includes(number)).map((r) => listOf(r.code));
    const days = lists.map((l) => l && listRecorded(l));
    result.push({ path: `n/${number}/`, lastmod: lastModified([...new Set(days), ...changeDays([changeInForce(changes, number, null, buildDate)]), reviewedOn(review, number)], review) });
  }
  for (const [id, { list }] of site.documents) result.push({ path: `sources/${id}/`, lastmod: listRecorded(list) });
  return result;
}

/** A conservative size of an entry as the sitemap writes it: its addresses, and the markup around each. */
const entryBytes = (e: SitemapEntry) =>
  120 + Buffer.byteLength(e.url) + e.links.reduce((n, l) => n + 60 + Buffer.byteLength(l.url) + l.lang.length, 0);

export interface Sitemap {
  /** Its file name at the site's root: sitemap-zh-hans-1.xml. */
  name: string;
  locale: Locale;
  entries: SitemapEntry[];
}

let cached: Promise<Sitemap[]> | undefined;

async function build(origin: URL): Promise<Sitemap[]> {
  const list = await pages();
  const sitemaps: Sitemap[] = [];
  for (const locale of LOCALES) {
    const entries: SitemapEntry[] = [];
    for (const page of list) {
      const twins = await inEveryLanguage(page.path);
      const links = twins.map((t) => ({ lang: t.locale.code, url: new URL(t.href, origin).href }));
      const own = links[LOCALES.indexOf(locale)]!;
      entries.push({ url: own.url, lastmod: page.lastmod, links: [...links, { lang: 'x-default', url: links[0]!.url }] });
    }
    sitemapParts(entries, entryBytes).forEach((part, i) => sitemaps.push({ name: sitemapName(locale.code, i), locale, entries: part }));
  }
  return sitemaps;
}

/** Every language's sitemap, split into parts within the protocol's limits, at the published origin (SITE_ORIGIN); made once per build. */
export function sitemaps(): Promise<Sitemap[]> {
  cached ??= build(new URL(import.meta.env.SITE));
  return cached;
}
