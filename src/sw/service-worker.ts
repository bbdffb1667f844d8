/// <reference lib="webworker" />
/**
 * The service worker: bundled and given its precache list at build time
 * (src/integrations/standalone-scripts.ts). Its scope is the site's base path, so
 * it never answers for other applications on the same host.
 *
 * - Precached: the home page, the offline page, CSS, JS, icons, the national
 *   and region-picker search files.
 * - Pages and data of a region: network first (fresh when online), cached as
 *   visited; when a page asks (CACHE_REGION), every answer page of its region
 *   and its search file are cached at once, so the region works offline.
 * - Anything else offline: the offline page in the page's language, with the 12345 button.
 * - A new deployment waits until the citizen accepts the update (SKIP_WAITING).
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { CACHE_REGION, SKIP_WAITING, PAGES_CACHE, DATA_CACHE, OFFLINE_LIST, type RegionUrls } from './messages.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const scope = new URL(self.registration.scope);
const inScope = (url: URL) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname);
const at = (path: string) => new URL(path, scope).href;

cleanupOutdatedCaches();
// ?q= is the search box's state, not another page: /?q=环保 is the precached home page.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/^q$/, /^utm_/] });

// Weak signal: after four seconds without an answer, the saved copy is better than waiting.
const networkFirst = (cacheName: string) =>
  new NetworkFirst({
    cacheName,
    networkTimeoutSeconds: 4,
    matchOptions: { ignoreSearch: true },
  });
registerRoute(({ request, url }) => request.mode === 'navigate' && inScope(url), networkFirst(PAGES_CACHE));
registerRoute(({ url }) => inScope(url) && url.pathname.endsWith('.json'), networkFirst(DATA_CACHE));

// The offline page in the language of the page asked for: /en/… gets /en/offline/.
setCatchHandler(async ({ request }) => {
  if (request.destination !== 'document') return Response.error();
  const first = new URL(request.url).pathname.slice(scope.pathname.length).split('/')[0];
  return (await matchPrecache(at(`${first}/offline/index.html`))) ?? (await matchPrecache(at('offline/index.html'))) ?? Response.error();
});

/** Saves every page and data file of one region in one language, listed at build time in /offline/{region}.json (/en/offline/…). */
async function cacheRegion(list: string): Promise<number> {
  if (!OFFLINE_LIST.test(list)) return 0;
  const response = await fetch(at(list));
  if (!response.ok) return 0;
  const { pages, data } = (await response.json()) as RegionUrls;
  await (await caches.open(PAGES_CACHE)).addAll(pages.map(at));
  await (await caches.open(DATA_CACHE)).addAll(data.map(at));
  return pages.length + data.length;
}

self.addEventListener('message', (event) => {
  const message = event.data as { type?: string; list?: string } | null;
  if (message?.type === SKIP_WAITING) void self.skipWaiting();
  if (message?.type === CACHE_REGION && message.list) {
    event.waitUntil(
      cacheRegion(message.list).then(
        (saved) => event.ports[0]?.postMessage({ saved }),
        () => event.ports[0]?.postMessage({ saved: 0 }),
      ),
    );
  }
});

// A first install takes over the open page at once; later versions wait for the citizen.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
