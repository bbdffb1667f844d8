import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../support/dist.ts';
import { startNginx } from '../support/nginx.ts';
import { brokenLinks } from '../support/links.ts';

let nginx: Awaited<ReturnType<typeof startNginx>>;
beforeAll(async () => {
  nginx = await startNginx({ port: 4381, root: distDir });
});
afterAll(() => nginx?.stop());

const get = (path: string) => fetch(nginx.origin + path, { redirect: 'manual', headers: { 'Accept-Encoding': 'gzip' } });

describe('deploy/nginx.conf serving dist/', () => {
  it('caches hashed assets for a year, immutable', async () => {
    const html = await (await get('/')).text();
    const asset = html.match(/\/_astro\/[^"]+\.css/)![0];
    const response = await get(asset);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it.each([
    ['/', 'text/html'],
    ['/350500/12369/', 'text/html'],
    ['/sw.js', 'application/javascript'],
    ['/manifest.webmanifest', 'application/manifest+json'],
    ['/search/350500.json', 'application/json'],
    ['/api/v1/regions/350500.json', 'application/json'],
  ])('makes %s revalidate (no-cache) and serves it as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-type')).toContain(type);
  });

  it('sends frame-ancestors and the other security headers on pages, data and errors', async () => {
    for (const path of ['/', '/350500/12369/', '/search/350500.json', '/no-such-page/']) {
      const headers = (await get(path)).headers;
      expect(headers.get('content-security-policy'), path).toBe("frame-ancestors 'self'; object-src 'none'; base-uri 'none'");
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('lets other sites frame the widget, and only the widget', async () => {
    expect((await get('/embed/350500/')).headers.get('content-security-policy')).toMatch(/^frame-ancestors \*;/);
    expect((await get('/embed/')).headers.get('content-security-policy')).toMatch(/^frame-ancestors 'self';/);
    expect((await get('/350500/')).headers.get('content-security-policy')).toMatch(/^frame-ancestors 'self';/);
  });

  it('compresses pages', async () => {
    expect((await get('/350500/')).headers.get('content-encoding')).toBe('gzip');
  });

  it('answers an unknown address with the friendly 404 page and status 404', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('找不到这个页面');
  });

  it('adds the trailing slash with a relative redirect', async () => {
    const response = await get('/350500');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/350500/');
  });

  it('has no broken internal link or resource anywhere', async () => {
    const { checked, broken } = await brokenLinks(nginx.origin, '/', distDir);
    expect(broken, 'every internal link and resource resolves').toEqual([]);
    expect(checked).toBeGreaterThan(1500);
  }, 300_000);
});
