/// <reference lib="webworker" />
/**
 * The service worker: bundled and given its precache list at build time
 * (src/integrations/standalone-scripts.ts). Its scope is the site's base path, and
 * within it only the site's own addresses (src/lib/offline/site-paths.ts): at the
 * root of a shared host, another application's pages are never kept.
 *
 * - Precached: the home page, the offline page, CSS, JS, icons, the national
 *   and region-picker search files.
 * - Pages and data of a region: network first (fresh when online), cached as
 *   visited; when a page asks (CACHE_REGION), every answer page of its region
 *   and its search file are cached at once, so the region works offline.
 *   Only what the site served whole and did not mark no-store is kept
 *   (src/lib/offline/cacheable.ts), one entry per address whatever its query,
 *   and no more and no older than KEPT says.
 * - Anything else offline: the offline page in the page's language, with the 12345 button.
 * - A new deployment waits until the citizen accepts the update (SKIP_WAITING).
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { isCacheable } from '../lib/offline/cacheable.ts';
import { isSitePath } from '../lib/offline/site-paths.ts';
import { CACHE_REGION, SKIP_WAITING, PAGES_CACHE, DATA_CACHE, KEPT, OFFLINE_LIST, type RegionUrls } from './messages.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const scope = new URL(self.registration.scope);
const ours = (url: URL) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname) && isSitePath(url.pathname.slice(scope.pathname.length));
const at = (path: string) => new URL(path, scope).href;

cleanupOutdatedCaches();
// A static host sends the same file whatever the query: /?q=环保 is the precached home page.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/./] });

/** The address a runtime cache keeps a response under: without its query (?q=, ?utm_source=…, WeChat's ?from=…), one entry per page. */
const withoutQuery = (address: string) => {
  const url = new URL(address);
  url.search = '';
  return url.href;
};

// Weak signal: after four seconds without an answer, the saved copy is better than waiting.
const networkFirst = (cacheName: string, maxEntries: number) =>
  new NetworkFirst({
    cacheName,
    networkTimeoutSeconds: 4,
    plugins: [
      {
        cacheKeyWillBeUsed: async ({ request }) => withoutQuery(request.url),
        cacheWillUpdate: async ({ response }) => (isCacheable(response) ? response : null),
      },
      // @ts-expect-error workbox-expiration declares its callbacks possibly undefined, which strict optional properties refuse.
      new ExpirationPlugin({ maxEntries, maxAgeSeconds: KEPT.days * 86_400, purgeOnQuotaError: true }),
    ],
  });
const pages = networkFirst(PAGES_CACHE, KEPT.pages);
const data = networkFirst(DATA_CACHE, KEPT.data);
registerRoute(({ request, url }) => request.mode === 'navigate' && ours(url), pages);
registerRoute(({ url }) => ours(url) && url.pathname.endsWith('.json'), data);

// The offline page in the language of the page asked for: /en/… gets /en/offline/.
setCatchHandler(async ({ request }) => {
  if (request.destination !== 'document') return Response.error();
  const first = new URL(request.url).pathname.slice(scope.pathname.length).split('/')[0];
  return (await matchPrecache(at(`${first}/offline/index.html`))) ?? (await matchPrecache(at('offline/index.html'))) ?? Response.error();
});

/**
 * Saves every page and data file of one region in one language, listed at build time in /offline/{region}.json (/en/offline/…),
 * through the same strategies as a visit, so the same rules and bounds apply.
 */
async function cacheRegion(list: string, event: ExtendableEvent): Promise<number> {
  if (!OFFLINE_LIST.test(list)) return 0;
  const response = await fetch(at(list));
  if (!response.ok) return 0;
  const { pages: pagePaths, data: dataPaths } = (await response.json()) as RegionUrls;
  const save = (strategy: NetworkFirst, paths: string[]) =>
    paths.map(async (path) => {
      const [answer, done] = strategy.handleAll({ event, request: new Request(at(path)) });
      await done;
      return (await answer).ok;
    });
  const saved = await Promise.all([...save(pages, pagePaths), ...save(data, dataPaths)]);
  return saved.every(Boolean) ? saved.length : 0;
}

self.addEventListener('message', (event) => {
  const message = event.data as { type?: string; list?: string } | null;
  if (message?.type === SKIP_WAITING) void self.skipWaiting();
  if (message?.type === CACHE_REGION && message.list) {
    event.waitUntil(
      cacheRegion(message.list, event).then(
        (saved) => event.ports[0]?.postMessage({ saved }),
        () => event.ports[0]?.postMessage({ saved: 0 }),
      ),
    );
  }
});

// A first install takes over the open page at once; later versions wait for the citizen.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
