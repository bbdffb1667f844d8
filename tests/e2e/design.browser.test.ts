import { describe, expect, it } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { newContext, useBrowserAndSite } from '../support/e2e.ts';
import { measureLayoutShift } from '../../scripts/layout-shift.ts';
import { stubSpeech } from '../support/speech.ts';

const site = useBrowserAndSite(4394);
const phone = { viewport: { width: 390, height: 844 } };

async function open(path: string, options: BrowserContextOptions = phone, prepare?: (context: BrowserContext) => Promise<void>): Promise<Page> {
  const context = await newContext(site.browser, options);
  await prepare?.(context);
  const page = await context.newPage();
  const response = await page.goto(site.origin + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

const px = (page: Page, selector: string, property: string) =>
  page.locator(selector).first().evaluate((el, p) => parseFloat(getComputedStyle(el).getPropertyValue(p)), property);

/** Heights of every visible link, button, input and select in main, header and footer (or all of a page), with a name for the report. */
const targetHeights = (page: Page, within = ['main', 'header', 'footer']) =>
  page.evaluate((within) =>
    [...document.querySelectorAll<HTMLElement>(within.flatMap((w) => ['a', 'button', 'input', 'select'].map((t) => `${w} ${t}`)).join(', '))]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ what: `${el.tagName} ${el.id || el.textContent?.trim().slice(0, 20)}`, height: el.getBoundingClientRect().height })),
    within,
  );

describe('type and targets', () => {
  it('reads at 18 px with line height at least 1.3, and every target is at least 44 px tall', async () => {
    const page = await open('/350500/?q=1236');
    await page.locator('[role="option"]').first().waitFor();
    expect(await px(page, 'body', 'font-size')).toBe(18);
    expect((await px(page, 'body', 'line-height')) / 18).toBeGreaterThanOrEqual(1.3);
    const targets = await targetHeights(page);
    expect(targets.length).toBeGreaterThan(20);
    for (const t of targets) expect(t.height, t.what).toBeGreaterThanOrEqual(44);
  });

  it('targets in the footer, the selects of the embed builder and the widget are at least 44 px tall too', async () => {
    for (const path of ['/350500/12369/', '/en/350500/', '/embed/']) {
      const page = await open(path);
      expect((await targetHeights(page, ['footer'])).length, `${path}: targets in the footer`).toBeGreaterThan(1);
      const targets = await targetHeights(page);
      if (path === '/embed/') expect(targets.filter((t) => t.what.startsWith('SELECT')).length, 'selects').toBeGreaterThan(2);
      for (const t of targets) expect(t.height, `${path} ${t.what}`).toBeGreaterThanOrEqual(44);
      await page.context().close();
    }
    // The widget has no header or footer: every target in it, with results on screen.
    const widget = await open('/embed/350500/?q=1236');
    await widget.locator('[role="option"]').first().waitFor();
    const targets = await targetHeights(widget, ['body']);
    expect(targets.length).toBeGreaterThan(5);
    for (const t of targets) expect(t.height, `widget ${t.what}`).toBeGreaterThanOrEqual(44);
  });

  it('the 长辈版 button makes text about 30 px and targets 60 px, read aloud and share included, and the choice persists', async () => {
    // A device with a voice of its own: the read-aloud button is there to be measured.
    const page = await open('/350500/12369/', phone, (c) => stubSpeech(c));
    const toggle = page.locator('[data-text-size]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await px(page, 'body', 'font-size')).toBe(30);
    const targets = await targetHeights(page);
    expect(targets.length).toBeGreaterThan(4);
    expect(targets.filter((t) => /^BUTTON (朗读|分享)/.test(t.what)).length, 'read aloud and share').toBe(2);
    for (const t of targets) expect(t.height, t.what).toBeGreaterThanOrEqual(60);
    // A small phone, 360 × 740: the answer and the home page's box still come first.
    await page.setViewportSize(smallPhone.viewport);
    await expectFirstScreen(page, '长辈版');
    await page.goto(`${site.origin}/350500/`);
    expect(await px(page, 'body', 'font-size')).toBe(30);
    await page.locator('[data-text-size]').click();
    expect(await px(page, 'body', 'font-size')).toBe(18);
    await page.reload();
    expect(await px(page, 'body', 'font-size')).toBe(18);
  });

  it('with the root font at 200 % on a 360 × 740 phone, the answer and the home page\'s box come first', async () => {
    const context = await newContext(site.browser, smallPhone);
    // As a phone whose text size is doubled in its settings: the page's own root size overridden.
    await context.addInitScript(() => document.addEventListener('DOMContentLoaded', () => document.documentElement.style.setProperty('font-size', '200%', 'important')));
    const page = await context.newPage();
    await page.goto(`${site.origin}/350500/12369/`);
    expect(await px(page, 'body', 'font-size')).toBe(32);
    await expectFirstScreen(page, 'root font 200 %');
  });
});

const smallPhone = { viewport: { width: 360, height: 740 } };

/**
 * On the answer page open in `page` (at the top), then on the home page (where `page` is left): the verdict and the call
 * button within the first screen, the 长辈版 label on one line; the home page's box full width, within the first screen.
 */
async function expectFirstScreen(page: Page, how: string) {
  const { height, width } = page.viewportSize()!;
  const bottom = (selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().bottom);
  expect(await bottom('.verdict'), `${how}: the verdict`).toBeLessThanOrEqual(height);
  expect(await bottom('.call.primary'), `${how}: the call button`).toBeLessThanOrEqual(height);
  const label = await page.locator('[data-text-size]').evaluate((button) => {
    const range = document.createRange();
    range.selectNodeContents(button);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    return { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)), line: parseFloat(getComputedStyle(button).lineHeight) };
  });
  expect(label.bottom - label.top, `${how}: the 长辈版 label is on one line`).toBeLessThan(label.line * 1.5);
  await page.goto(`${site.origin}/`);
  const box = await page.locator('#hotline-search').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { bottom: r.bottom, width: r.width, room: el.closest('main')!.clientWidth - parseFloat(getComputedStyle(el.closest('main')!).paddingLeft) * 2 };
  });
  expect(box.bottom, `${how}: the home page's box`).toBeLessThanOrEqual(height);
  expect(box.width, `${how}: the home page's box is full width`).toBeGreaterThanOrEqual(box.room - 1);
  expect(box.room, `${how}: the page's margins`).toBeGreaterThan(width * 0.85);
}

describe('focus and state', () => {
  it.each(['light', 'dark'] as const)('the focus ring stands out at least 3:1 from what is around it, on every element reached by keyboard (%s)', async (colorScheme) => {
    const page = await open('/350500/12369/', { ...phone, colorScheme });
    const seen: { what: string; ratio: number }[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      // Past the last target the focus goes back to the page itself: nothing to ring.
      if (await page.evaluate(() => document.activeElement === document.body)) continue;
      seen.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
          const luminance = (c: string) => {
            const [r = 0, g = 0, b = 0] = rgb(c).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          // The ring is drawn outside the element (outline-offset): against the first opaque background around it.
          let around: Element | null = el.parentElement;
          while (around && (rgb(getComputedStyle(around).backgroundColor)[3] === 0 || getComputedStyle(around).backgroundColor === 'transparent')) around = around.parentElement;
          const background = around ? getComputedStyle(around).backgroundColor : getComputedStyle(document.documentElement).backgroundColor;
          const style = getComputedStyle(el);
          const [a, b] = [luminance(style.outlineColor), luminance(background)].sort((x, y) => y - x);
          const ratio = style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2 ? 0 : (a! + 0.05) / (b! + 0.05);
          return { what: `${el.tagName} ${el.textContent?.trim().slice(0, 20)} on ${background}`, ratio };
        }),
      );
    }
    expect(new Set(seen.map((s) => s.what)).size).toBeGreaterThan(10);
    expect(seen.filter((s) => s.ratio < 3)).toEqual([]);
  });

  it('the 长辈版 button says whether it is on, looks it, and is not offered without JavaScript', async () => {
    const page = await open('/350500/12369/');
    const toggle = page.locator('[data-text-size]');
    const words = async () => (await toggle.innerText()).replace(/\s+/g, '');
    expect(await words()).toBe('长辈版大字：关');
    const off = await toggle.evaluate((b) => getComputedStyle(b).backgroundColor);
    await toggle.click();
    expect(await words()).toBe('长辈版大字：已开');
    expect(await toggle.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe(off);
    const noScript = await open('/350500/12369/', { ...phone, javaScriptEnabled: false });
    expect(await noScript.locator('[data-text-size]').isVisible()).toBe(false);
  });
});

describe('nothing moves under a finger', () => {
  it.each([
    ['', false],
    [' in 长辈版', true],
  ])('on an answer page%s, nothing above the call button shifts once the page is saved for offline use', async (_, large) => {
    const context = await site.browser.newContext(phone);
    const shift = await measureLayoutShift(context, `${site.origin}/350500/12369/`, large);
    expect(shift).toMatchObject({ aboveCall: 0, callMoved: 0 });
    await context.close();
  });
});

describe('reflow', () => {
  const paths = ['/', '/350500/', '/350500/12369/', '/n/12369/', '/445100/12300/'];
  // English words are long and break only at spaces: the same pages under /en/.
  it.each([...paths, ...paths.map((p) => `/en${p}`)])(
    '%s fits a phone at double zoom, in 长辈版 too, without sideways scrolling',
    async (path) => {
      // 200% zoom on a 390 px phone leaves 195 CSS pixels.
      for (const large of [false, true]) {
        const context = await site.browser.newContext({ viewport: { width: 195, height: 422 } });
        if (large) await context.addInitScript(() => localStorage.setItem('text-size', 'large'));
        const page = await context.newPage();
        await page.goto(site.origin + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path}${large ? ' (长辈版)' : ''}`).toBeLessThanOrEqual(0);
        await context.close();
      }
    },
  );
});

describe('print', () => {
  it('prints the answer and its source without header, buttons or search', async () => {
    const page = await open('/350500/12369/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.calls').isVisible()).toBe(false);
    expect(await page.locator('#verdict').isVisible()).toBe(true);
    expect(await page.locator('main').innerText()).toContain('泉政办〔2021〕53号');
  });
});

describe('privacy', () => {
  it('what the device remembers (region, language, text size) can be cleared from any page', async () => {
    const context = await site.browser.newContext(phone);
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('region', '350500');
        localStorage.setItem('text-size', 'large');
        localStorage.setItem('lang', 'zh-Hans');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}/350500/12369/`);
    expect(await px(page, 'body', 'font-size')).toBe(30);
    await Promise.all([page.waitForEvent('load'), page.locator('[data-clear-settings]').click()]);
    expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({});
    expect(await px(page, 'body', 'font-size')).toBe(18);
    await context.close();
  });

  it('loads nothing from another origin, and sets no cookie', async () => {
    const context = await site.browser.newContext(phone);
    const page = await context.newPage();
    const origins = new Set<string>();
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) origins.add(new URL(request.url()).origin);
    });
    for (const path of ['/?q=12369', '/350500/?q=噪音', '/350500/12369/']) {
      await page.goto(site.origin + path);
      await page.waitForLoadState('networkidle');
    }
    expect([...origins]).toEqual([site.origin]);
    expect(await context.cookies()).toEqual([]);
  });
});
