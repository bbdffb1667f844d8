/**
 * What a first-time user trips over: typing before the page is ready, Enter and the search button,
 * the region chosen last time, the forms with JavaScript off, buttons that sound alike.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, openWithSearch, SEARCH, useBrowserAndSite } from '../support/e2e.ts';

const site = useBrowserAndSite(4403);
const { box, options } = SEARCH;
const phone = { viewport: { width: 390, height: 844 } };

describe('typing on a weak connection', () => {
  it.each([
    ['the home page’s question', '/', '12369', '/n/12369/'],
    ['a region’s search', '/350500/', '噪音', '/350500/12369/'],
  ])('%s keeps what was typed before its scripts arrived, says it is getting ready, and searches it once they do', async (_, path, typed, first) => {
    const page = await newPage(site.browser, phone);
    // The scripts and the search data held back, as on a slow connection, until released.
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/.*\.js$|\/search\/.*\.json$/, async (route) => {
      await arrived;
      await route.continue();
    });
    // Module scripts hold back DOMContentLoaded too: the page is read and typed into before either.
    await page.goto(site.origin + path, { waitUntil: 'commit' });
    await page.locator(box).pressSequentially(typed);
    expect(await page.locator('form[role="search"] .search-count').evaluate((p) => getComputedStyle(p, '::before').content)).toMatch(/搜索正在准备/);
    release();
    await page.locator(`astro-island:not([ssr]) ${box}`).waitFor();
    await page.locator(options).first().waitFor();
    expect(await page.locator(box).inputValue()).toBe(typed);
    expect(await page.locator(options).first().getAttribute('href')).toBe(first);
  });
});

describe('the search controls do what they say', () => {
  const open = (path: string, page?: Page) => (page ? page.goto(site.origin + path).then(() => page) : openWithSearch(site, path));

  it('Enter and the button go to the only match', async () => {
    for (const press of [(p: Page) => p.locator(box).press('Enter'), (p: Page) => p.locator('form[role="search"] button[type="submit"]').click()]) {
      const page = await open('/350500/');
      await page.fill(box, '12369');
      await page.locator(options).first().waitFor();
      expect(await page.locator(options).count()).toBe(1);
      await press(page);
      await page.waitForURL('**/350500/12369/');
    }
  });

  it('with several matches they keep the matches on screen and close the keyboard', async () => {
    const page = await open('/350500/');
    await page.fill(box, '1236');
    await page.locator(options).nth(1).waitFor();
    await page.locator(box).press('Enter');
    expect(new URL(page.url()).pathname).toBe('/350500/');
    expect(await page.locator(options).count()).toBeGreaterThan(1);
    expect(await page.evaluate((box) => document.activeElement === document.querySelector(box), box)).toBe(false);
  });

  it('the home page answers a national line for the region chosen last time, and says so', async () => {
    const context = await site.browser.newContext(phone);
    await context.addInitScript(() => localStorage.setItem('region', '350500'));
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await page.locator(`astro-island:not([ssr]) ${box}`).waitFor();
    await page.fill(box, '12333');
    const first = page.locator(`${options}[href="/350500/12333/"]`);
    await first.waitFor();
    expect(await page.locator(options).first().getAttribute('href')).toBe('/350500/12333/');
    expect(await first.innerText()).toContain('按您上次选的泉州市回答');
    await context.close();
  });

  it.each(['/', '/350500/'])('with JavaScript off, the form on %s leads to where to look instead and 12345, never a silent reload', async (path) => {
    const page = await openWithSearch(site, path, false);
    await page.fill(box, '噪音');
    await page.locator('form[role="search"] button[type="submit"]').click();
    await page.waitForURL('**#hotline-search-help');
    const help = page.locator('#hotline-search-help');
    expect(await help.isVisible()).toBe(true);
    expect(await help.innerText()).toContain('请看本页下面的列表');
    // Like the offline page: 12345, and beside it the crisis line and the emergency numbers.
    expect(await help.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['tel:12345', 'tel:12356', 'tel:110', 'tel:120']);
  });

  it.each(['/', '/350500/', '/350500/12369/', '/embed/'])('no two buttons on %s have the same name', async (path) => {
    const page = await newPage(site.browser, phone);
    await page.goto(site.origin + path);
    await page.waitForLoadState('networkidle');
    const names = await page.locator('button:visible').evaluateAll((bs) => bs.map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, '')));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});
