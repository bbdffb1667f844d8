import { getCACertificates, setDefaultCACertificates } from 'node:tls';
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

/** A hashed stylesheet of the build, as a page links it. */
async function hashedAsset(): Promise<string> {
  return (await (await get('/')).text()).match(/\/_astro\/[^"]+\.css/)![0];
}

describe('deploy/nginx.conf serving dist/', () => {
  it('caches hashed assets for a year, immutable, when served whole or unchanged', async () => {
    const asset = await hashedAsset();
    const whole = await get(asset);
    const unchanged = await fetch(nginx.origin + asset, { headers: { 'If-None-Match': whole.headers.get('etag')! } });
    for (const [response, status] of [[whole, 200], [unchanged, 304]] as const) {
      expect(response.status).toBe(status);
      expect(response.headers.get('cache-control'), String(status)).toBe('public, max-age=31536000, immutable, no-transform');
    }
    // A Range is answered with the whole file, so a range nginx cannot satisfy is never a 416 marked immutable.
    for (const range of ['bytes=0-9', 'bytes=99999999-']) {
      const response = await fetch(nginx.origin + asset, { headers: { Range: range } });
      expect(response.status, range).toBe(200);
      expect(await response.text(), range).toBe(await (await get(asset)).text());
    }
  });

  it('marks no error under /_astro/ for keeping: a CDN would serve it as the script or style for a year', async () => {
    const asset = await hashedAsset();
    const errors = [
      [403, await get('/_astro/')],
      [404, await get('/_astro/no-such-file.js')],
      [405, await fetch(nginx.origin + asset, { method: 'POST', body: 'x' })],
      [400, await fetch(nginx.origin + asset, { headers: { 'X-Padding': 'x'.repeat(9000) } })],
    ] as const;
    for (const [status, response] of errors) {
      expect(response.status).toBe(status);
      expect(response.headers.get('cache-control'), String(status)).toBe('no-store, no-transform');
    }
    // A redirect there is not a file either.
    const redirect = await get('/_astro');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('cache-control')).toBe('no-cache, no-transform');
  });

  it.each([
    ['/', 'text/html'],
    ['/350500/12369/', 'text/html'],
    ['/sw.js', 'application/javascript'],
    ['/manifest.webmanifest', 'application/manifest+json'],
    ['/search/350500.json', 'application/json'],
    ['/api/v1/regions/350500.json', 'application/json'],
  ])('makes %s revalidate (no-cache), untransformed by proxies and mobile search engines, and serves it as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(response.headers.get('content-type')).toContain(type);
  });

  it('sends frame-ancestors and the other security headers on pages, data and errors, and no version of nginx', async () => {
    for (const path of ['/', '/350500/12369/', '/search/350500.json', '/no-such-page/']) {
      const headers = (await get(path)).headers;
      expect(headers.get('content-security-policy'), path).toBe("frame-ancestors 'self'; object-src 'none'; base-uri 'none'");
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(headers.get('permissions-policy'), path).toBe('camera=(), microphone=(), geolocation=(), payment=(), usb=()');
      expect(headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(headers.get('server'), path).toBe('nginx');
    }
  });

  it('lets other sites read the open data and load the widget’s loader (CORS), and nothing else', async () => {
    for (const path of ['/api/v1/regions.json', '/api/v1/regions/350500.json', '/api/v1/regions/999999.json', '/embed.js', '/embed/v1/embed.js']) {
      expect((await get(path)).headers.get('access-control-allow-origin'), path).toBe('*');
    }
    for (const path of ['/', '/350500/', '/embed/350500/', '/search/350500.json', '/sw.js']) {
      expect((await get(path)).headers.get('access-control-allow-origin'), path).toBeNull();
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

describe('deploy/nginx.conf as shipped: HTTPS, and plain HTTP sent there', () => {
  let shipped: Awaited<ReturnType<typeof startNginx>>;
  beforeAll(async () => {
    shipped = await startNginx({ port: 4540, tlsPort: 4541, root: distDir });
    // The certificate the test made is the one this file's requests trust.
    setDefaultCACertificates([...getCACertificates('default'), shipped.certificate]);
  });
  afterAll(() => shipped?.stop());

  it('answers over HTTPS, telling the browser to come back only that way (HSTS)', async () => {
    for (const path of ['/350500/12369/', '/no-such-page/']) {
      const response = await fetch(shipped.secureOrigin + path);
      expect(response.status, path).toBe(path === '/no-such-page/' ? 404 : 200);
      expect(response.headers.get('strict-transport-security'), path).toBe('max-age=31536000');
      expect(response.headers.get('content-security-policy'), path).toBe("frame-ancestors 'self'; object-src 'none'; base-uri 'none'");
      expect(response.headers.get('server'), path).toBe('nginx');
    }
    expect(await (await fetch(`${shipped.secureOrigin}/350500/12369/`)).text()).toContain('已停用，请拨打 12345');
  });

  it('sends every plain HTTP request to the same address over HTTPS, and nothing else', async () => {
    const response = await fetch(`${shipped.origin}/350500/?q=${encodeURIComponent('噪音')}`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`https://127.0.0.1/350500/?q=${encodeURIComponent('噪音')}`);
    expect(response.headers.get('server')).toBe('nginx');
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(await response.text()).not.toContain('12345 热线号码查询');
  });
});
