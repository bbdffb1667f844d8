import { readFileSync, rmSync, symlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { repoRoot } from '../support/load-fixture.ts';
import { startNginx } from '../support/nginx.ts';
import { newContext, useBrowser } from '../support/e2e.ts';
import { checkRegionWorksOffline } from '../support/offline.ts';
import { brokenLinks } from '../support/links.ts';
import { testBuild } from '../support/builds.ts';
import { SUBPATH_SAMPLE } from '../../scripts/test-builds.ts';
import { copyDeployment, editPage, editPrecached, putFile } from '../support/deployments.ts';
import { CACHE_REGION, DATA_CACHE, KEPT, PAGES_CACHE, REGION_WISHES, type RegionUrls } from '../../src/sw/messages.ts';

const live = useBrowser();
// dist/, checked when a test uses it: the sub-path test reads only its own build.
const distDir = () => testBuild('site', false).dir;

describe('offline after one visit, served by nginx with deploy/nginx.conf', () => {
  it('at the root of the host (dist/)', async () => {
    const nginx = await startNginx({ port: 4382, root: distDir() });
    onTestFinished(nginx.stop);
    await checkRegionWorksOffline(live.browser, nginx.origin, '/', nginx.stop);
  });

  it('under the sub-path /12345/ (BASE_PATH=/12345/)', async () => {
    const build = testBuild('subpath').dir;
    const root = build.replace(/12345\/$/, '');
    const nginx = await startNginx({ port: 4383, root, base: '/12345/' });
    onTestFinished(nginx.stop);
    const manifest = (await (await fetch(`${nginx.origin}/12345/manifest.webmanifest`)).json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({ start_url: '/12345/', scope: '/12345/' });
    const notFound = await fetch(`${nginx.origin}/12345/no-such-page/`);
    expect(notFound.status).toBe(404);
    expect(await notFound.text()).toContain('href="/12345/"');
    const links = await brokenLinks(nginx.origin, '/12345/', build, SUBPATH_SAMPLE);
    expect(links.broken, 'every link and resource under /12345/ resolves, inside the base path').toEqual([]);
    expect(links.checked).toBeGreaterThan(1500);
    await checkRegionWorksOffline(live.browser, nginx.origin, '/12345/', nginx.stop);
  }, 600_000);

  it('in English: the region is saved in English, and the offline page speaks English', async () => {
    const nginx = await startNginx({ port: 4386, root: distDir() });
    onTestFinished(nginx.stop);
    const context = await live.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${nginx.origin}/en/350500/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.locator('html[data-offline="ready"]').waitFor();
    expect(await page.locator('[data-offline-region]').innerText()).toBe('All numbers for Quanzhou are saved. You can see them without internet.');
    // A page is kept as it is visited: another region's source document, read once online.
    await page.goto(`${nginx.origin}/en/sources/jilin-2021/`);

    await nginx.stop();
    await context.setOffline(true);
    await page.goto(`${nginx.origin}/en/sources/jilin-2021/#s2-96889`);
    expect(await page.locator('h1').textContent()).toBe('省级 12345 热线归并优化任务清单');
    expect(await page.locator(':target').getAttribute('id')).toBe('s2-96889');
    await page.goto(`${nginx.origin}/en/350500/12366/`);
    expect(await page.locator('#verdict').textContent()).toBe('Still works: a sub-centre of 12345');
    // Its scripts come from the saved copy too: the share button still copies the answer and the address.
    await page.locator('[data-share]').click();
    await page.getByRole('status').filter({ hasText: "Copied the answer and this page's address" }).waitFor();
    await page.goto(`${nginx.origin}/en/350500/?q=tax`);
    expect(await page.locator('#hotline-search-results [role="option"] .number').first().textContent()).toBe('12366');
    await page.goto(`${nginx.origin}/en/440100/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('No internet connection');
    await page.goto(`${nginx.origin}/zh-hant/440100/`);
    expect(await page.locator('h1').textContent()).toBe('沒有網絡連接');
    await context.close();
  });
});

describe('a new deployment', () => {
  // B is the site as built; A, the deployment before it, is B with the two files this test reads
  // as a build dated before 12369 was switched off (2024) said them: the precached national
  // search data and Quanzhou's 12369 page (due to stop on 2021-12-01).
  const dir = `${repoRoot}.tmp/update/`;
  const deploy = (version: string) => {
    rmSync(`${dir}live`, { force: true });
    symlinkSync(version === 'b' ? distDir() : `${dir}${version}`, `${dir}live`);
  };
  beforeAll(() => {
    copyDeployment(distDir(), `${dir}a`);
    editPrecached(`${dir}a/`, 'search/national.json', (text) => {
      const data = JSON.parse(text) as { entries: { number: string; verdict: string }[] };
      data.entries.find((e) => e.number === '12369')!.verdict = '各地情况不同，点开查看';
      return JSON.stringify(data);
    });
    editPage(`${dir}a/`, '350500/12369/index.html', (html) =>
      html.replace(/(id="verdict"[^>]*>)已停用，请拨打 12345</, '$1仍可拨打，2021年12月1日起停用；也可拨打 12345<'),
    );
  });

  it('is offered on the next visit, never forced, and accepting it shows the new data', async () => {
    deploy('a');
    const nginx = await startNginx({ port: 4384, root: `${dir}live` });
    onTestFinished(nginx.stop);
    const context = await live.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const prompt = page.locator('[data-update] button');

    // The home page's search answers from the precached national data: A's until the citizen accepts B.
    const national12369 = page.locator('#hotline-search-results [role="option"] .result-detail').first();

    await page.goto(`${nginx.origin}/350500/12369/`);
    expect(await page.locator('#verdict').textContent()).toBe('仍可拨打，2021年12月1日起停用；也可拨打 12345');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.goto(`${nginx.origin}/?q=12369`);
    expect(await national12369.textContent()).toBe('各地情况不同，点开查看');

    deploy('b');
    await page.reload();
    await prompt.waitFor();
    expect(await prompt.textContent()).toBe('数据已更新，点击刷新');
    // A page no worker controls (a reload that skips it) came from the server, as new as it gets: no update is offered
    // there, though the new version waits (what workbox-window reports as waiting, like Firefox's pause on a first install).
    const fresh = await context.newPage();
    await fresh.goto(`${nginx.origin}/350500/12369/`);
    await Promise.all([fresh.waitForEvent('load'), (await context.newCDPSession(fresh)).send('Page.reload', { ignoreCache: true })]);
    expect(await fresh.evaluate(async () => [navigator.serviceWorker.controller, (await navigator.serviceWorker.getRegistration())?.waiting?.state])).toEqual([null, 'installed']);
    await fresh.waitForTimeout(1000);
    expect(await fresh.locator('[data-update]').isVisible()).toBe(false);
    await fresh.close();
    // Still the data the citizen was reading: nothing reloads or swaps until they ask.
    expect(await national12369.textContent()).toBe('各地情况不同，点开查看');

    await Promise.all([page.waitForEvent('load'), prompt.click()]);
    expect(await national12369.textContent()).toBe('已停用，请拨打 12345');
    expect(await prompt.isVisible()).toBe(false);
    await page.goto(`${nginx.origin}/350500/12369/`);
    expect(await page.locator('#verdict').textContent()).toBe('已停用，请拨打 12345');
    await context.close();
  });

  it('that is broken (a precached file missing) does not install, and the working version keeps serving', async () => {
    deploy('b');
    const nginx = await startNginx({ port: 4385, root: `${dir}live` });
    onTestFinished(nginx.stop);
    const context = await live.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${nginx.origin}/350500/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.locator('html[data-offline="ready"]').waitFor();

    // C: a deployment whose sw.js lists a new version of search/regions.json, but the file is missing.
    copyDeployment(distDir(), `${dir}c`);
    editPrecached(`${dir}c/`, 'search/regions.json', () => null);
    deploy('c');

    const state = await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      const installed = new Promise<string>((resolve) =>
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing!;
          worker.addEventListener('statechange', () => {
            if (worker.state === 'redundant' || worker.state === 'installed') resolve(worker.state);
          });
        }),
      );
      await registration.update().catch(() => undefined);
      return installed;
    });
    expect(state).toBe('redundant');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    expect(await page.locator('[data-update]').isVisible()).toBe(false);

    await nginx.stop();
    await context.setOffline(true);
    await page.goto(`${nginx.origin}/350500/12369/`);
    expect(await page.locator('#verdict').textContent()).toBe('已停用，请拨打 12345');
    await context.close();
  });
});

describe('the saved answer outlives a failing server', () => {
  const dir = `${repoRoot}.tmp/failing/`;
  const verdictOf = (page: string) => readFileSync(`${distDir()}${page}index.html`, 'utf8').match(/id="verdict"[^>]*>([^<]+)</)![1];
  const noteShown = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.place-note')!).display !== 'none');

  it('shows the saved page over a 503, 403 or 404, and over a half-copied deployment, which it never saves; offline stays right', async () => {
    const context = await newContext(live.browser, { viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' });
    const page = await context.newPage();
    let nginx = await startNginx({ port: 4387, root: distDir() });
    onTestFinished(() => nginx.stop());
    const serve = async (root: string, locations?: string) => {
      await nginx.stop();
      nginx = await startNginx({ port: 4387, root, ...(locations ? { locations } : {}) });
    };
    await page.goto(`${nginx.origin}/350500/`);
    await page.locator('html[data-offline="ready"]').waitFor();

    // The same host in trouble: maintenance for a page (503), a folder copied without its index.html (403), one not copied (404).
    copyDeployment(distDir(), `${dir}errors/`);
    putFile(`${dir}errors/`, '350500/12366/index.html', null);
    putFile(`${dir}errors/`, '350500/12333', null);
    await serve(`${dir}errors/`, ['/350500/12369/', '/440100/'].map((path) => `    location = ${path} { return 503; }\n`).join(''));
    for (const [path, status] of [['/350500/12369/', 503], ['/350500/12366/', 403], ['/350500/12333/', 404]] as const) {
      expect((await fetch(nginx.origin + path)).status, path).toBe(status);
      await page.goto(nginx.origin + path);
      expect(await page.locator('#verdict').textContent(), path).toBe(verdictOf(path.slice(1)));
    }
    // Never saved: the server's own answer, not the offline page.
    await page.goto(`${nginx.origin}/440100/`);
    expect(await page.locator('h1').textContent()).toBe('网站暂时打不开');
    await page.goto(`${nginx.origin}/350500/99999/`);
    expect(await page.locator('h1').textContent()).toBe('找不到这个页面');

    // The next deployment, copied in part: its pages are there, their new stylesheet not yet.
    copyDeployment(distDir(), `${dir}half/`);
    const halfCopied = (html: string) =>
      html.replace('<html lang="zh-Hans"', '<html lang="zh-Hans" data-deployment="next"').replace(/(\/_astro\/[\w.-]+)\.css"/g, '$1.next.css"');
    for (const file of ['350500/index.html', '350500/12369/index.html', '350500/12366/index.html', '440100/index.html']) editPage(`${dir}half/`, file, halfCopied);
    await serve(`${dir}half/`);
    await page.goto(`${nginx.origin}/350500/12369/`);
    expect(await page.locator('html[data-deployment]').count()).toBe(0);
    expect(await noteShown(page), 'the notes for each district stay hidden, as styled').toBe(false);
    expect(await page.locator('#verdict').textContent()).toBe('已停用，请拨打 12345');
    // The region page asks to save the region again, from this deployment: what the phone keeps is still whole.
    await page.goto(`${nginx.origin}/350500/`);
    expect(await page.locator('html[data-deployment]').count()).toBe(0);
    await page.locator('html[data-offline="ready"]').waitFor();
    const kept = (path: string) =>
      page.evaluate(async ([name, at]) => (await (await caches.open(name!)).match(at!))?.text() ?? null, [PAGES_CACHE, path] as const);
    for (const path of ['/350500/', '/350500/12369/', '/350500/12366/']) expect(await kept(path), path).not.toContain('data-deployment');
    // A page never saved has nothing better than the server's: shown as it is, and not kept.
    await page.goto(`${nginx.origin}/440100/`);
    expect(await page.locator('html[data-deployment="next"]').count()).toBe(1);
    expect(await kept('/440100/')).toBeNull();

    await nginx.stop();
    await context.setOffline(true);
    for (const path of ['/350500/12369/', '/350500/12366/', '/350500/12333/']) {
      await page.goto(nginx.origin + path);
      expect(await page.locator('#verdict').textContent(), path).toBe(verdictOf(path.slice(1)));
      expect(await noteShown(page), path).toBe(false);
    }
  });
});

describe('what the service worker keeps, at the root of a shared host', () => {
  // Beside the site: another application's page, and one of the site's pages that the host marks no-store.
  const locations = `
    location = /webmail/ { default_type text/html; return 200 "<!doctype html><title>webmail</title><h1>webmail</h1>"; }
    location = /sources/fujian-2021/ { add_header Cache-Control "no-store, private"; try_files \${uri}index.html =404; }
`;
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  let context: BrowserContext;
  let page: Page;
  /** The first page when it was left: whether it had written its region down, and whether a worker was already active there. */
  let leftEarly: { wished: number; controlled: boolean };
  beforeAll(async () => {
    nginx = await startNginx({ port: 4542, root: distDir(), locations });
    context = await live.browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    // A first visit to a region page, left for the home page as soon as its script has written the region down (within
    // milliseconds; a citizen takes a second at least): long before the worker is active and could be asked to save it.
    await page.goto(`${nginx.origin}/350500/`);
    leftEarly = await page.evaluate(async (name) => {
      for (let i = 0; i < 100 && (await (await caches.open(name)).keys()).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      return { wished: (await (await caches.open(name)).keys()).length, controlled: navigator.serviceWorker.controller !== null };
    }, REGION_WISHES);
    await page.goto(`${nginx.origin}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  });
  afterAll(async () => {
    await context?.close();
    await nginx?.stop();
  });

  /** The addresses a runtime cache holds (paths, with any query). */
  const kept = (cache: string) =>
    page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url.slice(location.origin.length)), cache);
  /** Waits until the cache holds `path`: the worker stores a response after handing it to the page. */
  const keptSoon = (cache: string, path: string) => expect.poll(() => kept(cache)).toContain(path);

  it('saves the region of a first page left at once', async () => {
    expect(leftEarly, 'left before any worker was active, once the region was written down').toEqual({ wished: 1, controlled: false });
    expect(await kept(PAGES_CACHE)).toEqual(expect.arrayContaining(['/350500/', '/350500/12369/', '/sources/quanzhou-2021/']));
    expect(await kept(DATA_CACHE)).toContain('/search/350500.json');
    expect(await page.locator('[data-update]').isVisible()).toBe(false);
  });

  it('keeps no page the host marks no-store, and nothing of another application on the host', async () => {
    await page.goto(`${nginx.origin}/sources/fujian-2021/`);
    expect(await page.locator('h1').textContent()).toContain('福建省');
    await page.goto(`${nginx.origin}/webmail/`);
    expect(await page.locator('h1').textContent()).toBe('webmail');
    // Visited last, and kept: the two before it had their chance.
    await page.goto(`${nginx.origin}/sources/jilin-2021/`);
    await keptSoon(PAGES_CACHE, '/sources/jilin-2021/');
    expect(await kept(PAGES_CACHE)).not.toContain('/sources/fujian-2021/');
    expect(await kept(PAGES_CACHE)).not.toContain('/webmail/');
  });

  it('keeps no redirect: only pages as served, whole', async () => {
    // nginx adds the trailing slash with a redirect, which a navigation gets as an opaque response.
    await page.goto(`${nginx.origin}/n/12301`);
    expect(page.url()).toBe(`${nginx.origin}/n/12301/`);
    await keptSoon(PAGES_CACHE, '/n/12301/');
    expect(await kept(PAGES_CACHE)).not.toContain('/n/12301');
    const statuses = await page.evaluate(async (name) => {
      const cache = await caches.open(name);
      const responses = await Promise.all((await cache.keys()).map((request) => cache.match(request)));
      return [...new Set(responses.map((r) => `${r!.status} ${r!.type}`))];
    }, PAGES_CACHE);
    expect(statuses).toEqual(['200 basic']);
  });

  it('keeps one entry per page whatever its query (utm_*, q)', async () => {
    for (const query of ['?utm_source=wechat', '?utm_source=poster&utm_medium=print', `?q=${encodeURIComponent('税务')}`]) {
      await page.goto(`${nginx.origin}/n/12366/${query}`);
    }
    await keptSoon(PAGES_CACHE, '/n/12366/');
    expect((await kept(PAGES_CACHE)).filter((path) => path.startsWith('/n/12366/'))).toEqual(['/n/12366/']);
  });

  it('does not show a saved page older than its age limit, offline', async () => {
    for (const path of ['/n/12369/', '/n/12333/']) {
      await page.goto(nginx.origin + path);
      await keptSoon(PAGES_CACHE, path);
    }
    // /n/12369/ as if saved a day past the limit: what a phone holds after months without a visit.
    await page.evaluate(
      async ([name, days]) => {
        const cache = await caches.open(name!);
        const saved = (await cache.match('/n/12369/'))!;
        const headers = new Headers(saved.headers);
        headers.set('Date', new Date(Date.now() - (Number(days) + 1) * 86_400_000).toUTCString());
        await cache.put('/n/12369/', new Response(await saved.blob(), { status: 200, headers }));
      },
      [PAGES_CACHE, String(KEPT.days)],
    );
    await context.setOffline(true);
    try {
      await page.goto(`${nginx.origin}/n/12333/`);
      expect(await page.locator('h1').textContent()).toContain('12333');
      await page.goto(`${nginx.origin}/350500/12369/`);
      expect(await page.locator('#verdict').textContent()).toBe('已停用，请拨打 12345');
      await page.goto(`${nginx.origin}/n/12369/`);
      expect(await page.locator('h1').textContent()).toBe('没有网络连接');
    } finally {
      await context.setOffline(false);
    }
  });

  // Last: it pushes the oldest entries out.
  it('keeps at most KEPT.pages pages and KEPT.data data files, the oldest going first', async () => {
    // Saving Fujian's cities one after another, as a citizen visiting each would, passes the pages' bound: the cities
    // after the first hold more pages than it, so none of the first's own pages may stay. (With one city fewer they held
    // 199, and which one page of the first stayed depended on the order its pages arrived in.)
    const lists = ['350100', '350200', '350300', '350400', '350600', '350700', '350800', '350900'].map((code) => `offline/${code}.json`);
    const listed = await Promise.all(lists.map(async (list) => ((await (await fetch(`${nginx.origin}/${list}`)).json()) as RegionUrls).pages.map((p) => `/${p}`)));
    const later = new Set(listed.slice(1).flat());
    expect(later.size).toBeGreaterThan(KEPT.pages);
    const firstOwn = listed[0]!.filter((p) => !later.has(p));
    const saved = await page.evaluate(
      async ([type, all]) => {
        const worker = navigator.serviceWorker.controller!;
        const counts: number[] = [];
        for (const list of all as string[]) {
          const channel = new MessageChannel();
          const reply = new Promise<{ saved: number }>((resolve) => (channel.port1.onmessage = (e) => resolve(e.data as { saved: number })));
          worker.postMessage({ type, list }, [channel.port2]);
          counts.push((await reply).saved);
        }
        return counts;
      },
      [CACHE_REGION, lists] as const,
    );
    expect(saved.reduce((a, b) => a + b, 0)).toBeGreaterThan(KEPT.pages);
    await expect.poll(async () => (await kept(PAGES_CACHE)).length).toBeLessThanOrEqual(KEPT.pages);
    const pages = await kept(PAGES_CACHE);
    expect(pages).toContain('/350900/12369/');
    expect(firstOwn).toContain('/350100/12369/');
    expect(pages.filter((p) => firstOwn.includes(p))).toEqual([]);

    // Data: the API files of more regions than the bound, fetched one by one.
    const codes = ((await (await fetch(`${nginx.origin}/api/v1/regions.json`)).json()) as { code: string }[]).slice(0, KEPT.data + 5).map((r) => r.code);
    await page.evaluate(async (all) => {
      for (const code of all) await fetch(`/api/v1/regions/${code}.json`);
    }, codes);
    await expect.poll(async () => (await kept(DATA_CACHE)).length).toBeLessThanOrEqual(KEPT.data);
    const data = await kept(DATA_CACHE);
    expect(data).toContain(`/api/v1/regions/${codes.at(-1)}.json`);
    expect(data).not.toContain(`/api/v1/regions/${codes[0]}.json`);
  });
});
