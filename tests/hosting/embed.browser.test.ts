import { createServer, type Server } from 'node:http';
import { describe, expect, it, onTestFinished } from 'vitest';
import { distDir } from '../support/dist.ts';
import { startNginx } from '../support/nginx.ts';
import { useBrowser } from '../support/e2e.ts';

const live = useBrowser();

/** A partner's page on another loopback port, pasting the loader (once per entry of `attributes`) as the /embed/ page tells them to. */
async function partnerPage(site: string, attributes: string[], port: number): Promise<{ origin: string; server: Server }> {
  const scripts = attributes.map((a) => `<script src="${site}/embed.js" ${a}></script>`).join('');
  const html = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>某市人民政府</title></head>
<body><h1>某市人民政府 · 便民服务</h1>${scripts}<p id="after">页脚</p></body></html>`;
  const server = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${port}`, server };
}

/** The site served by nginx on `port`, a partner page (on `partnerPort`) pasting the loader with each of `attributes`, opened on a phone. */
async function embeddedOnPartner(port: number, attributes: string | string[], partnerPort = 4390) {
  const nginx = await startNginx({ port, root: distDir });
  onTestFinished(nginx.stop);
  const partner = await partnerPage(nginx.origin, [attributes].flat(), partnerPort);
  onTestFinished(() => new Promise<void>((resolve) => partner.server.close(() => resolve())));
  const page = await (await live.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await page.goto(`${partner.origin}/`);
  return { site: nginx.origin, partner: partner.origin, page, iframe: page.locator('iframe[src*="/embed/"]'), widget: page.frameLocator('iframe[src*="/embed/"]') };
}

describe('the widget embedded on a partner site', () => {
  it('resizes to its results, searches, and ignores messages from anyone else', async () => {
    const { site, partner, page, iframe, widget } = await embeddedOnPartner(4389, 'data-region="350500" data-accent="green"');
    expect(await iframe.getAttribute('src')).toBe(`${site}/embed/350500/?accent=green&parent=${encodeURIComponent(partner)}`);
    const height = () => iframe.evaluate((f) => f.getBoundingClientRect().height);
    // The widget reports its own height: the loader's 20rem placeholder gives way to it.
    await page.waitForFunction(() => document.querySelector('iframe')!.style.height.endsWith('px'));
    const before = await height();

    await widget.locator('astro-island:not([ssr]) #hotline-search').waitFor();
    await widget.locator('#hotline-search').fill('1236');
    await widget.locator('[role="option"]').first().waitFor();
    expect(await widget.locator('[role="option"] .number').first().textContent()).toBe('12360');
    await page.waitForFunction((h) => document.querySelector('iframe')!.getBoundingClientRect().height > h, before);
    const after = await height();
    expect(after).toBeGreaterThan(before);
    // Results open the full answer in a new tab, outside the partner's page.
    const [answer] = await Promise.all([page.context().waitForEvent('page'), widget.locator('[role="option"]').first().click()]);
    await answer.waitForLoadState();
    expect(answer.url()).toBe(`${site}/350500/12360/`);

    // The same message from the partner's own origin, or a stray frame, changes nothing. The loader
    // listened first, so once a listener added now has seen both messages, the loader has had them too.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { seen: number[] }).seen = seen;
      addEventListener('message', (e: MessageEvent<{ height: number }>) => seen.push(e.data.height));
      window.postMessage({ type: '12345-embed:height', height: 5 }, '*');
      const stray = document.createElement('iframe');
      stray.srcdoc = `<script>parent.postMessage({ type: '12345-embed:height', height: 7 }, '*')<\/script>`;
      document.body.append(stray);
    });
    await page.waitForFunction(() => [5, 7].every((h) => (window as unknown as { seen: number[] }).seen.includes(h)));
    expect(await height()).toBe(after);

    // The theme was applied from the safe set.
    expect(await widget.locator('html').evaluate((html) => html.style.getPropertyValue('--accent'))).toBe('#146c2e');
  });

  it('speaks the language the partner chose with data-lang, and opens answers in it', async () => {
    const { site, partner, page, iframe, widget } = await embeddedOnPartner(4387, 'data-region="350500" data-lang="en" data-title="Hotline number lookup"');
    expect(await iframe.getAttribute('src')).toBe(`${site}/en/embed/350500/?parent=${encodeURIComponent(partner)}`);
    expect(await iframe.getAttribute('title')).toBe('Hotline number lookup');
    expect(await widget.locator('html').getAttribute('lang')).toBe('en');
    expect(await widget.locator('h1').textContent()).toBe('Check old hotline numbers in Quanzhou');
    await widget.locator('astro-island:not([ssr]) #hotline-search').waitFor();
    await widget.locator('#hotline-search').fill('tax');
    const first = widget.locator('[role="option"]').first();
    expect(await first.locator('.number').textContent()).toBe('12366');
    const [answer] = await Promise.all([page.context().waitForEvent('page'), first.click()]);
    await answer.waitForLoadState();
    expect(answer.url()).toBe(`${site}/en/350500/12366/`);
  });

  it('two widgets on one page: each loader ignores a height message from the other frame, though it comes from the right origin', async () => {
    const { page } = await embeddedOnPartner(4521, ['data-region="350500"', 'data-region="350000"'], 4522);
    const quanzhou = page.locator('iframe[src*="/embed/350500/"]');
    // Every height either loader gives its iframe, in order.
    await page.evaluate(() => {
      const seen: Record<string, string[]> = {};
      (window as unknown as { heights: typeof seen }).heights = seen;
      for (const frame of document.querySelectorAll('iframe')) {
        const region = frame.src.match(/embed\/(\d{6})\//)![1]!;
        seen[region] = [];
        new MutationObserver(() => seen[region]!.push(frame.style.height)).observe(frame, { attributeFilter: ['style'] });
      }
    });
    const heights = () => page.evaluate(() => (window as unknown as { heights: Record<string, string[]> }).heights);
    await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.style.height.endsWith('px')));
    const before = await quanzhou.evaluate((f) => f.style.height);

    // Fujian's widget, on the site's own origin, says 7 px: its own loader takes it, Quanzhou's must not.
    const fujianFrame = page.frames().find((f) => f.url().includes('/embed/350000/'))!;
    expect(new URL(fujianFrame.url()).origin).toBe(new URL(page.frames().find((f) => f.url().includes('/embed/350500/'))!.url()).origin);
    // A listener added after both loaders' hears the message last: once it has, both loaders have had it.
    await page.evaluate(() => addEventListener('message', (e: MessageEvent<{ height: number }>) => {
      if (e.data.height === 7) (window as unknown as { heard: boolean }).heard = true;
    }));
    await fujianFrame.evaluate(() => parent.postMessage({ type: '12345-embed:height', height: 7 }, '*'));
    await page.waitForFunction(() => (window as unknown as { heard?: boolean }).heard === true);
    expect((await heights())['350000']).toContain('7px');
    expect((await heights())['350500']).not.toContain('7px');
    expect(await quanzhou.evaluate((f) => f.style.height)).toBe(before);
  });
});
