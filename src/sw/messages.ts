import { LOCALE_ROOT_PATTERN } from '../i18n/locales.ts';

/** What the page and the service worker say to each other, and the caches they share. */
export const CACHE_REGION = 'CACHE_REGION';
/** workbox-window's messageSkipWaiting() sends this type. */
export const SKIP_WAITING = 'SKIP_WAITING';
export const PAGES_CACHE = 'pages';
export const DATA_CACHE = 'data';
/**
 * Regions a page asked to save before any worker controlled it (a first visit): their lists'
 * addresses, as keys of this cache. The worker saves them when it installs, so a citizen who
 * leaves within a second still has the region offline.
 */
export const REGION_WISHES = 'region-wishes';

/**
 * What the runtime caches keep at most, oldest used first out. Pages: a region is about 35 in
 * one language, so a citizen's own region and a few more (an answer page is about 7 KB).
 * Data: a region's search and API files, about 40 KB each. Age: an answer's status is worked
 * out for the day it was built, and a phase can end in a season; network first keeps it
 * fresh for anyone online, and past this age a saved copy is not shown offline either.
 */
export const KEPT = { pages: 200, data: 40, days: 90 };

/**
 * The list a page asks the worker to save: offline/{region}.json under a language's root. Marked pure:
 * pages that import the messages above never build it (a bundler keeps any `new RegExp` it cannot prove
 * harmless, and page JS has a budget).
 */
export const OFFLINE_LIST = /* @__PURE__ */ new RegExp(`^${LOCALE_ROOT_PATTERN}offline/\\d{6}\\.json$`);

/** /offline/{region}.json: what to save so a region works offline, as paths relative to the base. */
export interface RegionUrls {
  pages: string[];
  data: string[];
}
