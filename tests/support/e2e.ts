import { afterAll, beforeAll, expect, onTestFinished } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveDist } from './site-server.ts';

/**
 * For a browser test file: Debian's Chromium and the built site on loopback,
 * started before its tests and stopped after. Read the fields inside tests.
 */
export function useBrowserAndSite(port: number): { browser: Browser; origin: string } {
  const live = useBrowser() as { browser: Browser; origin: string };
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const site = await serveDist(port);
    live.origin = site.origin;
    stop = site.stop;
  });
  afterAll(async () => {
    await stop?.();
  });
  return live;
}

/** For a browser test file that runs its own servers: Debian's Chromium, started once. */
export function useBrowser(): { browser: Browser } {
  const live = {} as { browser: Browser };
  beforeAll(async () => {
    live.browser = await launchChromium();
  });
  afterAll(async () => {
    await live.browser?.close();
  });
  return live;
}

/** The hotline search box and its results, as the search island renders them. */
export const SEARCH = { box: '#hotline-search', options: '#hotline-search-results [role="option"]' };

/**
 * A browser context closed when the test ends, passed or failed: a page left open goes on working
 * beside the next test's. Inside a test only.
 *
 * Its service worker is blocked unless the test asks for it (`serviceWorkers: 'allow'`): on a first
 * visit it saves the whole region for offline use in the background, dozens of requests that a test
 * of search or layout waits behind (a tenth of those files' time, 2026-12-07). A first visit's page
 * is served by the network either way; the worker itself is tested where it is named
 * (tests/hosting/pwa.browser.test.ts, the layout shift once saved, the CSP check of every page, the
 * old-phone test with the worker allowed and refused).
 */
export async function newContext(browser: Browser, options?: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  onTestFinished(() => context.close());
  return context;
}

/** A page in a context of its own, closed when the test ends (`newContext`). */
export async function newPage(browser: Browser, options?: BrowserContextOptions): Promise<Page> {
  return (await newContext(browser, options)).newPage();
}

/**
 * Types a new query as a citizen who tries again: clears the box, waits for its results to go, types
 * the query and waits for its first result. Then every result on screen is the new query's.
 */
export async function retype(page: Page, query: string): Promise<void> {
  const first = page.locator(SEARCH.options).first();
  await page.fill(SEARCH.box, '');
  await first.waitFor({ state: 'detached' });
  await page.fill(SEARCH.box, query);
  await first.waitFor();
}

/** Opens a page of the site on a phone-sized screen; with JavaScript, waits until the search island is live. */
export async function openWithSearch(site: { browser: Browser; origin: string }, path: string, javaScriptEnabled = true): Promise<Page> {
  const page = await newPage(site.browser, { javaScriptEnabled, viewport: { width: 390, height: 844 } });
  const response = await page.goto(site.origin + path);
  expect(response?.status(), path).toBe(200);
  if (javaScriptEnabled) await page.locator(`astro-island:not([ssr]) ${SEARCH.box}`).waitFor();
  return page;
}
