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
 * - The saved answer wins over a failing server: an error (5xx, 403, a 404 for
 *   a page that was saved) or a page whose stylesheet or scripts do not load (a
 *   half-copied deployment) gives way to the saved copy. A page is kept only when
 *   every file it loads is in this worker's precache: a page of the deployment
 *   the worker came from, whole offline; a newer deployment's pages are shown,
 *   and kept once the citizen takes its update.
 * - A region asked for before the worker existed (the first page left early)
 *   is saved when the worker installs (REGION_WISHES).
 * - Anything else offline: the offline page in the page's language, with the 12345 button.
 * - A new deployment waits until the citizen accepts the update (SKIP_WAITING).
 */
import { cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst, type StrategyHandler } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { isCacheable } from '../lib/offline/cacheable.ts';
import { isSitePath } from '../lib/offline/site-paths.ts';
import { pageAssets } from '../lib/offline/page-assets.ts';
import { allSettled } from '../lib/offline/all-settled.ts';
import { CACHE_REGION, SKIP_WAITING, PAGES_CACHE, DATA_CACHE, REGION_WISHES, KEPT, OFFLINE_LIST, type RegionUrls } from './messages.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

// Workbox's strategies need Promise.allSettled, which the oldest engines we serve lack (docs/architecture.md: phones it works on).
if (typeof Promise.allSettled !== 'function') Object.assign(Promise, { allSettled });

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

/** Hashed files found on the server: a name never comes back with other contents, so once found is found for good. */
const found = new Map<string, Promise<boolean>>();
function loads(asset: string): Promise<boolean> {
  if (getCacheKeyForURL(asset)) return Promise.resolve(true);
  let known = found.get(asset);
  if (!known) {
    known = fetch(asset, { method: 'HEAD' }).then(
      (response) => response.ok,
      () => false,
    );
    found.set(asset, known);
    // Missing now may be there in a minute (a deployment still copying): asked again next time.
    void known.then((ok) => ok || found.delete(asset));
  }
  return known;
}

/**
 * What a response is worth. `error`: not a success (the saved copy is better); `broken`: a page
 * whose stylesheet or scripts do not load; `shown`: fine to show, not to keep (a redirect, or a page
 * of another deployment than this worker's, whose files its precache does not hold); `kept`: the rest.
 */
async function worth(response: Response): Promise<'error' | 'broken' | 'shown' | 'kept'> {
  if (response.type === 'opaqueredirect') return 'shown';
  if (!response.ok) return 'error';
  if (!(response.headers.get('Content-Type') ?? '').startsWith('text/html')) return 'kept';
  const assets = pageAssets(await response.clone().text(), response.url || scope.href);
  if (assets.every((asset) => getCacheKeyForURL(asset))) return 'kept';
  return (await Promise.all(assets.map(loads))).every(Boolean) ? 'shown' : 'broken';
}

/**
 * Network first, but the saved copy wins over an error or a broken page from the server; with
 * neither saved, the server's answer is shown as it is (its 404 page, or an unstyled page that
 * still says the verdict).
 */
class SavedOverErrors extends NetworkFirst {
  override async _handle(request: Request, handler: StrategyHandler): Promise<Response> {
    const response = await super._handle(request, handler);
    const value = await worth(response);
    if (value !== 'error' && value !== 'broken') return response;
    return (await handler.cacheMatch(request)) ?? response;
  }
}

// Weak signal: after four seconds without an answer, the saved copy is better than waiting.
const networkFirst = (cacheName: string, maxEntries: number) =>
  new SavedOverErrors({
    cacheName,
    networkTimeoutSeconds: 4,
    plugins: [
      {
        cacheKeyWillBeUsed: async ({ request }) => withoutQuery(request.url),
        cacheWillUpdate: async ({ response }) => (isCacheable(response) && (await worth(response)) === 'kept' ? response : null),
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

/** Whether a runtime cache holds a copy of `path` (fresh or saved before). */
const holds = async (cacheName: string, path: string) => Boolean(await (await caches.open(cacheName)).match(at(path)));

/** How many of a region's files the phone holds (`saved`), of how many its list names (`of`). */
interface RegionSaved {
  saved: number;
  of: number;
}
const NOTHING: RegionSaved = { saved: 0, of: 0 };

/**
 * Saves every page and data file of one region in one language, listed at build time in /offline/{region}.json (/en/offline/…),
 * through the same strategies as a visit, so the same rules and bounds apply. Its answer counts the files the phone now
 * holds, fresh or saved before: a page of a broken or newer deployment, or one the host marks no-store, is not kept.
 */
async function saveRegion(list: string, event: ExtendableEvent): Promise<RegionSaved> {
  if (!OFFLINE_LIST.test(list)) return NOTHING;
  const response = await fetch(at(list));
  if (!response.ok) return NOTHING;
  const { pages: pagePaths, data: dataPaths } = (await response.json()) as RegionUrls;
  const save = (strategy: NetworkFirst, cacheName: string, paths: string[]) =>
    paths.map(async (path) => {
      const [, done] = strategy.handleAll({ event, request: new Request(at(path)) });
      await done.catch(() => undefined);
      return holds(cacheName, path);
    });
  const held = await Promise.all([...save(pages, PAGES_CACHE, pagePaths), ...save(data, DATA_CACHE, dataPaths)]);
  return { saved: held.filter(Boolean).length, of: held.length };
}

/**
 * Regions saved as this worker installed, from a first page's wish (below): that page's own request,
 * once the worker is active, is answered with that save instead of downloading the region again.
 */
const granted = new Map<string, Promise<RegionSaved>>();
function cacheRegion(list: string, event: ExtendableEvent): Promise<RegionSaved> {
  const saved = granted.get(list) ?? saveRegion(list, event).catch(() => NOTHING);
  granted.delete(list);
  return saved;
}

self.addEventListener('message', (event) => {
  const message = event.data as { type?: string; list?: string } | null;
  if (message?.type === SKIP_WAITING) void self.skipWaiting();
  if (message?.type === CACHE_REGION && message.list) {
    event.waitUntil(cacheRegion(message.list, event).then((saved) => event.ports[0]?.postMessage(saved)));
  }
});

/**
 * The regions pages asked for before this worker existed (OfflineSupport writes one on a first visit,
 * before registering): a citizen who read the answer and left within a second gets the region all the same.
 */
async function grantWishes(event: ExtendableEvent): Promise<void> {
  const wishes = await caches.open(REGION_WISHES);
  for (const request of await wishes.keys()) {
    // A later version's install: the page that wished (reloaded past the worker) asked the active one too.
    const list = new URL(request.url).pathname.slice(scope.pathname.length);
    if (!self.registration.active && OFFLINE_LIST.test(list)) {
      const saved = saveRegion(list, event).catch(() => NOTHING);
      granted.set(list, saved);
      await saved;
    }
    await wishes.delete(request);
  }
}
self.addEventListener('install', (event) => event.waitUntil(grantWishes(event)));

// A first install takes over the open page at once; later versions wait for the citizen.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
