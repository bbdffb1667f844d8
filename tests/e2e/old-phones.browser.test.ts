/**
 * The phones citizens hold (docs/architecture.md, "Phones it works on"): the pages work without the built-ins newer
 * than the target, and a search that cannot start becomes the no-JavaScript path, in Chromium.
 * Firefox ESR and WebKitGTK run their own smoke tests (tests/e2e/other-engines.browser.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, newPage, SEARCH, useBrowserAndSite } from '../support/e2e.ts';
import { deleteNewerBuiltins } from '../support/newer-builtins.ts';

const site = useBrowserAndSite(4411);
const { box, options } = SEARCH;
const oldPhone = { viewport: { width: 360, height: 740 } };

describe('without the built-ins newer than Chrome 69, Safari 12 and Firefox 78', () => {
  it.each(['allow', 'block'] as const)('the home question, a region’s search and 长辈版 work, with no error (service workers: %s)', async (serviceWorkers) => {
    // A phone that refuses the offline worker (its settings, a private window, an app's web view) as well as one that keeps it.
    const context = await newContext(site.browser, { ...oldPhone, serviceWorkers });
    // Before any script of the page runs: every built-in MDN's data dates after the target is gone.
    await context.addInitScript(deleteNewerBuiltins());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${site.origin}/`);
    // The deletion did happen: what the home question once needed is missing.
    expect(await page.evaluate(() => [typeof [].at, typeof ''.matchAll, typeof Intl.Segmenter, typeof Intl.PluralRules])).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
    await page.locator(`astro-island:not([ssr]) ${box}`).waitFor();
    await page.fill(box, '晋江 社保');
    await page.locator(options).first().waitFor();
    expect(await page.locator(options).first().getAttribute('href')).toMatch(/^\/350500\/12333\/#via-350582$/);
    expect(await page.locator('.search-count').innerText()).toMatch(/找到 \d+ 条/);
    // A former name: the page fetches the former names then (it once did so with queueMicrotask, which Chrome 69 lacks).
    await page.fill(box, '襄樊');
    await page.locator(`${options}[href="/420600/"]`).first().waitFor();

    await page.goto(`${site.origin}/350500/`);
    await page.locator(`astro-island:not([ssr]) ${box}`).waitFor();
    await page.fill(box, '拖欠工资');
    await page.locator(options).first().waitFor();
    expect(await page.locator(options).first().getAttribute('href')).toBe('/350500/12333/');

    const toggle = page.locator('[data-text-size]');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBe(30);
    expect(errors).toEqual([]);
  });
});

/** The tel: numbers a part of the page offers. */
const dialled = (page: Page, selector: string) => page.locator(`${selector} a[href^="tel:"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(4)));

describe('a search that cannot start fails soft', () => {
  const broken = {
    'fails to load': { status: 404, body: 'Not found' },
    'fails to parse': { status: 200, body: 'export default function (( {' },
    throws: { status: 200, body: "throw new Error('the search broke');" },
  };
  it.each(Object.keys(broken) as (keyof typeof broken)[])('its script %s: the box becomes the no-JavaScript path, and Enter keeps what was typed', async (how) => {
    // No service worker: it would fetch Astro's retry of the script itself, past the route.
    const page = await newPage(site.browser, { ...oldPhone, serviceWorkers: 'block' });
    // The search island's own script (Astro retries it once, with ?astro-retry=).
    await page.route(/\/_astro\/HotlineSearch\.[\w-]+\.js(?:\?|$)/, (route) => route.fulfill({ ...broken[how], contentType: 'text/javascript' }));
    await page.goto(`${site.origin}/`);
    await page.locator('astro-island[data-failed]').waitFor({ state: 'attached' });
    const help = page.locator('#hotline-search-help');
    expect(await help.isVisible()).toBe(true);
    expect(await help.innerText()).toContain('请看本页下面的列表');
    expect(await dialled(page, '#hotline-search-help')).toEqual(['12345', '12356', '110', '120']);
    // No promise it cannot keep: nothing says the search is getting ready, or that what is typed is kept for it.
    const status = page.locator('.search-count');
    expect(await status.evaluate((p) => p.textContent + getComputedStyle(p, '::before').content)).not.toMatch(/准备|保留/);
    const address = page.url();
    await page.fill(box, '噪音');
    await page.press(box, 'Enter');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(address);
    expect(await page.locator(box).inputValue()).toBe('噪音');
    expect(await help.evaluate((h) => h === document.activeElement)).toBe(true);
  });

  it('its data file does not arrive: the live box becomes the no-JavaScript path, saying nothing it cannot keep', async () => {
    const page = await newPage(site.browser, { ...oldPhone, serviceWorkers: 'block' });
    await page.route(/\/search\/350500\.json$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(`${site.origin}/350500/`);
    await page.locator('astro-island[data-failed]:not([ssr])').waitFor({ state: 'attached' });
    await page.fill(box, '噪音');
    expect(await page.locator('#hotline-search-help').isVisible()).toBe(true);
    expect(await dialled(page, '#hotline-search-help')).toEqual(['12345', '12356', '110', '120']);
    expect(await page.locator('.search-count').isVisible()).toBe(false);
  });

  it('a slow search says it is getting ready, Enter does not reload it, and it takes over when it can', async () => {
    const page = await newPage(site.browser, oldPhone);
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/HotlineSearch\.[\w-]+\.js(?:\?|$)/, async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto(`${site.origin}/350500/`, { waitUntil: 'commit' });
    await page.locator(box).fill('噪音');
    await page.press(box, 'Enter');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${site.origin}/350500/`);
    expect(await page.locator('.search-count').evaluate((p) => getComputedStyle(p, '::before').content)).toMatch(/搜索正在准备/);
    expect(await page.locator('#hotline-search-help').isVisible()).toBe(false);
    release();
    await page.locator(options).first().waitFor();
    expect(await page.locator(box).inputValue()).toBe('噪音');
    expect(await page.locator(options).first().getAttribute('href')).toBe('/350500/12369/');
  });
});
