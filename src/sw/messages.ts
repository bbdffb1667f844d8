import { LOCALE_ROOT_PATTERN } from '../i18n/locales.ts';

/** What the page and the service worker say to each other, and the caches they share. */
export const CACHE_REGION = 'CACHE_REGION';
/** workbox-window's messageSkipWaiting() sends this type. */
export const SKIP_WAITING = 'SKIP_WAITING';
export const PAGES_CACHE = 'pages';
export const DATA_CACHE = 'data';

/** The list a page asks the worker to save: offline/{region}.json under a language's root. */
export const OFFLINE_LIST = new RegExp(`^${LOCALE_ROOT_PATTERN}offline/\\d{6}\\.json$`);

/** /offline/{region}.json: what to save so a region works offline, as paths relative to the base. */
export interface RegionUrls {
  pages: string[];
  data: string[];
}
