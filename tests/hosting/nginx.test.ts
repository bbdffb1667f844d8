import { statSync } from 'node:fs';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../support/dist.ts';
import { startNginx } from '../support/nginx.ts';
import { brokenLinks } from '../support/links.ts';
import { copyDeployment, putFile } from '../support/deployments.ts';
import { repoRoot } from '../support/load-fixture.ts';

let nginx: Awaited<ReturnType<typeof startNginx>>;
beforeAll(async () => {
  // A server in trouble, as maintenance or a failing disk makes it: those answers are the host's, not the build's.
  const failing = ['500', '503'].map((status) => `    location = /status-${status}/ { return ${status}; }\n`).join('');
  nginx = await startNginx({ port: 4381, root: distDir, locations: failing });
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

  it('sends the compressed copies the build wrote (gzip_static), saying so to caches in front (Vary)', async () => {
    for (const [path, file, type] of [
      ['/350500/', '350500/index.html', 'text/html; charset=utf-8'],
      ['/search/350500.json', 'search/350500.json', 'application/json; charset=utf-8'],
      ['/api/v1/lines.csv', 'api/v1/lines.csv', 'text/csv; charset=utf-8'],
      ['/changes/feed.xml', 'changes/feed.xml', 'application/atom+xml; charset=utf-8'],
      ['/en/changes/feed.xml', 'en/changes/feed.xml', 'application/atom+xml; charset=utf-8'],
      ['/sw.js', 'sw.js', 'application/javascript; charset=utf-8'],
    ]) {
      const response = await get(path!);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
      expect(response.headers.get('vary'), path).toBe('Accept-Encoding');
      // nginx's ETag is the sent file's time and size: the .gz beside it, not a compression made for this request.
      const gz = statSync(`${distDir}${file}.gz`);
      expect(response.headers.get('etag'), path).toBe(`"${Math.floor(gz.mtimeMs / 1000).toString(16)}-${gz.size.toString(16)}"`);
    }
    // Brotli where the client takes it (deploy/nginx.conf's brotli_static line, with Debian's module).
    const br = await fetch(`${nginx.origin}/350500/`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-length')).toBe(String(statSync(`${distDir}350500/index.html.br`).size));
    expect(await br.text()).toContain('泉州市');
    // A client that takes no compression gets the file itself.
    const plain = await fetch(`${nginx.origin}/api/v1/lines.csv`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('content-length')).toBe(String(statSync(`${distDir}api/v1/lines.csv`).size));
  });

  it('answers a refusal (403) and a server error (5xx) with the site’s own page, never kept', async () => {
    for (const [path, status] of [['/_astro/', 403], ['/status-500/', 500], ['/status-503/', 503]] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(status);
      expect(response.headers.get('cache-control'), path).toBe('no-store, no-transform');
      const html = await response.text();
      expect(html, path).toContain('<h1>网站暂时打不开</h1>');
      expect(html, path).toContain('href="tel:12345"');
    }
  });

  it('answers a CORS preflight on the open data with 204, what may be asked, and for how long', async () => {
    const preflight = (path: string) =>
      fetch(nginx.origin + path, {
        method: 'OPTIONS',
        headers: { Origin: 'https://partner.example.org', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'x-requested-with' },
      });
    expect((await preflight('/api/v1/lines.csv')).status).toBe(204);
    const response = await preflight('/api/v1/regions/350500.json');
    expect(response.status).toBe(204);
    expect(Object.fromEntries(['allow', 'access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers', 'access-control-max-age'].map((h) => [h, response.headers.get(h)]))).toEqual({
      allow: 'GET, HEAD, OPTIONS',
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      'access-control-allow-headers': 'x-requested-with',
      'access-control-max-age': '86400',
    });
    // Only there, and only for a preflight.
    const get350500 = await get('/api/v1/regions/350500.json');
    expect(get350500.headers.get('allow')).toBeNull();
    expect(get350500.headers.get('access-control-allow-methods')).toBeNull();
    expect((await fetch(`${nginx.origin}/350500/`, { method: 'OPTIONS' })).status).toBe(405);
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
  // dist/ as copied by a careless hand: an editor's leftovers, a source map.
  const copied = `${repoRoot}.tmp/hosting-copied/`;
  const strays = { '.env': 'SECRET=1', '.git-credentials': 'https://user:password@example.org', '_astro/app.js.map': '{"version":3}' };
  beforeAll(async () => {
    copyDeployment(distDir, copied);
    for (const [file, text] of Object.entries(strays)) putFile(copied, file, text);
    shipped = await startNginx({ port: 4540, tlsPort: 4541, root: copied });
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

  it('refuses dotfiles and source maps, should any be copied there', async () => {
    for (const file of Object.keys(strays)) {
      const response = await fetch(`${shipped.secureOrigin}/${file}`);
      expect(response.status, file).toBe(404);
      expect(await response.text(), file).toContain('找不到这个页面');
    }
  });

  it('sends every plain HTTP request to the same address over HTTPS at the configured name, and nothing else', async () => {
    // Whatever Host the request claims: a redirect that echoed it would send visitors wherever a forged link says.
    const response = await fetch(`${shipped.origin}/350500/?q=${encodeURIComponent('噪音')}`, { redirect: 'manual', headers: { Host: 'attacker.example' } });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`https://12345.example.gov.cn/350500/?q=${encodeURIComponent('噪音')}`);
    expect(response.headers.get('server')).toBe('nginx');
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(await response.text()).not.toContain('12345 热线号码查询');
  });
});
