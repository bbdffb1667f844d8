import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newPage, useBrowserAndSite } from '../support/e2e.ts';

const site = useBrowserAndSite(4395);

// Each page type, and what to do on it so that its scripts really run.
const pages: [name: string, path: string, use?: (page: Page) => Promise<void>][] = [
  [
    'home, its question asked with a place (the place data fetched)',
    '/',
    async (page) => {
      await page.locator('astro-island:not([ssr]) #hotline-search').waitFor();
      await page.fill('#hotline-search', '晋江 12369');
      await page.locator('#hotline-search-results [role="option"][href*="#via-"]').first().waitFor();
    },
  ],
  ['region, searched', `/350500/?q=${encodeURIComponent('噪音')}`, (page) => page.locator('[role="option"]').first().waitFor()],
  [
    'answer, 长辈版 switched on, its address copied',
    '/350500/12369/',
    async (page) => {
      await page.locator('[data-text-size]').click();
      await page.locator('[data-share]').click();
      await page.getByRole('status').filter({ hasText: '已复制' }).waitFor();
    },
  ],
  ['number', '/n/12369/'],
  ['offline', '/offline/'],
  ['not found', '/404.html'],
  ['server unavailable (403, 5xx)', '/500.html'],
  ['embed widget, themed and searched', '/embed/350500/?scheme=dark&accent=teal&scale=1.25&q=1236', (page) => page.locator('[role="option"]').first().waitFor()],
  [
    'embed builder, options changed',
    '/embed/',
    async (page) => {
      await page.selectOption('#embed-scheme', 'dark');
      await page.locator('[data-snippet]', { hasText: 'data-scheme="dark"' }).waitFor();
    },
  ],
  ['poster', '/350500/poster/'],
  ['one number’s poster', '/510000/12369/poster/'],
  ['source document at a cited row', '/sources/quanzhou-2021/#row-12'],
  ['national changes and the review record', '/changes/'],
  ['answer in English, language remembered', '/en/350500/12366/', (page) => page.getByRole('link', { name: '繁體中文' }).click()],
  ['embed widget in English, searched', '/en/embed/350500/?q=tax', (page) => page.locator('[role="option"]').first().waitFor()],
];

/** Records, in every page of the context, each CSP violation as "directive blocked-URL" (read with violationsOf). */
const recordViolations = (context: BrowserContext) =>
  context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
const violationsOf = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

describe('the Content Security Policy', () => {
  it('is on every page, strict: no unsafe-inline or unsafe-eval, no objects, no base', async () => {
    const page = await newPage(site.browser);
    for (const [, path] of pages) {
      await page.goto(site.origin + path);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp, path).toMatch(/script-src 'self' 'sha256-/);
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).toContain("base-uri 'none'");
      // Nothing from elsewhere: data only from this site, images from it or inline data, forms only to it.
      const directives = new Map(csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
      expect(directives.get('default-src'), path).toBe("'self'");
      expect(directives.get('connect-src'), path).toBe("'self'");
      expect(directives.get('img-src'), path).toBe("'self' data:");
      expect(directives.get('form-action'), path).toBe("'self'");
      // Every inline script is allowed by its hash, wherever the meta stands in <head>.
      const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
      expect(inline.length, path).toBeGreaterThan(0);
      for (const script of inline) {
        const hash = createHash('sha256').update(script).digest('base64');
        expect(csp, `${path}: ${script.slice(0, 60)}`).toContain(`'sha256-${hash}'`);
      }
    }
  });

  it('blocks a fetch, an image and a form to another origin', async () => {
    const context = await site.browser.newContext();
    await recordViolations(context);
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    // Nothing listens on this port: only the policy can stop these before they go anywhere.
    const elsewhere = 'http://127.0.0.1:4529/';
    await page.evaluate((url) => {
      fetch(url).catch(() => {});
      new Image().src = `${url}pixel.png`;
      const form = document.createElement('form');
      form.action = url;
      form.method = 'post';
      document.body.append(form);
      form.requestSubmit();
    }, elsewhere);
    await page.waitForFunction(() => (window as unknown as { violations: string[] }).violations.length >= 3);
    expect((await violationsOf(page)).sort()).toEqual([`connect-src ${elsewhere}`, `form-action ${elsewhere}`, `img-src ${elsewhere}pixel.png`]);
    expect(page.url()).toBe(`${site.origin}/`);
    await context.close();
  });

  it.each(pages)('%s: no violation and no console error', async (_, path, use) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    await recordViolations(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(site.origin + path);
    expect(response?.status()).toBe(200);
    await use?.(page);
    await page.waitForLoadState('networkidle');
    expect(await violationsOf(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
