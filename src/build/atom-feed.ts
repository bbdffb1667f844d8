import { Feed } from 'feed';
import type { FeedEntry } from '../lib/published/feed-entries.ts';

/** What the feed says of itself, in its language, and its absolute addresses. */
export interface FeedHead {
  title: string;
  subtitle: string;
  /** The feed's language, e.g. zh-Hans: readers pick the right glyphs with it. */
  lang: string;
  /** The site's name, as the author of every entry. */
  author: string;
  /** Absolute addresses: the feed itself, the /changes/ page it mirrors, the home page. */
  self: string;
  page: string;
  home: string;
  /** The day the feed is dated when it has no entry (the review of national changes): never the build's day. */
  fallbackDate: string;
}

// Atom's title and summary go out as type="html": our plain text must not turn into markup in a reader.
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

/**
 * The Atom feed of national changes and list records, written by the `feed` package. It is dated by
 * its newest entry; each entry is published and updated on its own data date. `url` turns an entry's
 * path below the language's root into its absolute address. Build time only.
 * @example atomFeed(feedEntries(changes, lists, words), head, (p) => `https://12345.example.gov.cn/${p}`)
 * // '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">…'
 */
export function atomFeed(entries: readonly FeedEntry[], head: FeedHead, url: (path: string) => string): string {
  const feed = new Feed({
    id: head.self,
    title: head.title,
    description: head.subtitle,
    link: head.page,
    feedLinks: { atom: head.self },
    language: head.lang,
    author: { name: head.author, link: head.home },
    updated: day(entries[0]?.date ?? head.fallbackDate),
    // The package's default names its own repository: an address on another site in our files.
    generator: false,
  });
  for (const entry of entries) {
    feed.addItem({
      id: url(entry.path),
      link: url(entry.path),
      title: escapeHtml(entry.title),
      description: escapeHtml(entry.summary),
      date: day(entry.date),
      published: day(entry.date),
    });
  }
  const xml = feed.atom1();
  // The package's Atom writer ignores `language`; xml:lang on the root says it for every element.
  if (!xml.includes(ROOT)) throw new Error(`atomFeed: the feed package no longer writes ${ROOT}; set xml:lang another way`);
  return xml.replace(ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${head.lang}">`);
}
