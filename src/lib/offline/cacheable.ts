/**
 * Whether the service worker may keep a response for offline use: the page or file itself,
 * as this site served it. Not an error, a redirect (a navigation's is opaque, and a
 * followed one would be stored under the address it left), another origin's reply, or
 * anything the host marks `no-store` (a page private to someone, on a shared host).
 * `private` is no bar: it keeps a response out of shared caches, and this one is the phone's own.
 * @example isCacheable({ status: 200, type: 'basic', redirected: false, headers: new Headers({ 'Cache-Control': 'no-cache' }) }) // true
 * @example isCacheable({ status: 200, type: 'basic', redirected: false, headers: new Headers({ 'Cache-Control': 'no-store, private' }) }) // false
 */
export function isCacheable(response: Pick<Response, 'status' | 'type' | 'redirected' | 'headers'>): boolean {
  const directives = (response.headers.get('Cache-Control') ?? '').split(',').map((d) => d.trim().toLowerCase());
  return response.status === 200 && response.type === 'basic' && !response.redirected && !directives.includes('no-store');
}
