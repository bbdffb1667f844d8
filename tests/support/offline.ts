import { expect } from 'vitest';
import type { Browser } from 'playwright-core';

/**
 * The offline story, against a site at `origin` + `base`: visit one region
 * online, let the service worker save it, cut the network (the server stops and
 * the browser goes offline), then use that region's answers, their source
 * document and search, and see the offline page for a region never visited.
 */
export async function checkRegionWorksOffline(browser: Browser, origin: string, base: string, stopServer: () => Promise<void>) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const url = (path: string) => `${origin}${base}${path}`;

  await page.goto(url('350500/'));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.locator('html[data-offline="ready"]').waitFor();
  expect(await page.locator('[data-offline-region]').innerText()).toContain('泉州市');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(scope).toBe(url(''));

  await stopServer();
  await context.setOffline(true);

  await page.goto(url('350500/12369/'));
  expect(await page.locator('#verdict').textContent()).toBe('已停用，请拨打 12345');
  // The document the answers cite is saved with the region: its link opens at the row, offline too.
  await Promise.all([page.waitForURL(/\/sources\//), page.locator('.source a').click()]);
  expect(page.url()).toBe(url('sources/quanzhou-2021/#row-12'));
  expect(await page.locator(':target').getAttribute('id')).toBe('row-12');

  await page.goto(url(`350500/?q=${encodeURIComponent('噪音')}`));
  await page.locator('#hotline-search-results [role="option"]').first().waitFor();
  expect(await page.locator('#hotline-search-results [role="option"] .number').first().textContent()).toBe('12369');
  expect(await page.locator('#hotline-search-results [role="option"]').first().getAttribute('href')).toBe(`${base}350500/12369/`);

  await page.goto(url('440100/'));
  expect(await page.locator('h1').textContent()).toBe('没有网络连接');
  expect(await page.locator('main a[href="tel:12345"]').count()).toBe(1);

  await page.goto(url(''));
  expect(await page.locator('h1').textContent()).toBe('12345 热线号码查询');
  await context.close();
}
