import { LOCALE_ROOT_PATTERN } from '../../i18n/locales.ts';

/**
 * Every address the build writes, below the base path: each language's pages and data
 * (a region, /n/, sources, changes, the widget, the offline lists, search files; without
 * the trailing slash too, which nginx adds by a redirect; the share pictures), and the shared files (hashed assets, the API, icons, the two scripts,
 * robots.txt and the sitemaps). tests/build/pwa.test.ts
 * checks that every file in dist/ matches, so a new kind of page cannot be left out.
 */
const SITE_PATH = new RegExp(
  `^(?:${LOCALE_ROOT_PATTERN}(?:(?:\\d{6}|n|sources|changes|embed|offline|search|share)(?:/.*)?|index\\.html|manifest\\.webmanifest|404\\.html|500\\.html)?` +
    `|(?:_astro|api|icons)/.*|(?:sw|embed)\\.js|robots\\.txt|sitemap(?:-[a-z0-9-]+)?\\.xml)$`,
);

/**
 * Whether a path below the site's base is one of the site's own addresses. At the root of
 * a shared host, the service worker's scope covers other applications too; their pages
 * are theirs to cache, never ours.
 * @example isSitePath('350500/12369/') // true
 * @example isSitePath('en/search/350500.json') // true
 * @example isSitePath('webmail/inbox/') // false
 */
export function isSitePath(path: string): boolean {
  return SITE_PATH.test(path);
}
