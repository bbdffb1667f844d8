import { rmSync, symlinkSync } from 'node:fs';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { repoRoot } from '../support/load-fixture.ts';
import { startNginx } from '../support/nginx.ts';
import { useBrowser } from '../support/e2e.ts';
import { checkRegionWorksOffline } from '../support/offline.ts';
import { brokenLinks } from '../support/links.ts';
import { testBuild } from '../support/builds.ts';
import { SUBPATH_SAMPLE } from '../../scripts/test-builds.ts';
import { copyDeployment, editPage, editPrecached } from '../support/deployments.ts';

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
