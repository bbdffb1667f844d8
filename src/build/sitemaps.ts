import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import type { Sitemap } from '../data/sitemap.ts';

/**
 * The sitemaps as XML, written by the `sitemap` package (it escapes every address and checks each
 * entry against the protocol): build time only.
 */

/** One language's sitemap (or a part of it): each address with its day and its twins in the other languages. */
export async function sitemapXml(sitemap: Sitemap): Promise<string> {
  const stream = new SitemapStream({ lastmodDateOnly: true, xmlns: { xhtml: true, news: false, image: false, video: false } });
  return (await streamToPromise(Readable.from(sitemap.entries).pipe(stream))).toString('utf8');
}

/** The index (/sitemap.xml): every sitemap, dated by its newest page. */
export async function sitemapIndexXml(sitemaps: Sitemap[], url: (name: string) => string): Promise<string> {
  const items = sitemaps.map((s) => ({ url: url(s.name), lastmod: s.entries.map((e) => e.lastmod).reduce((a, b) => (b > a ? b : a), '') || undefined }));
  const stream = new SitemapIndexStream({ lastmodDateOnly: true });
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8');
}
