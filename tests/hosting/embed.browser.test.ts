import { createServer, type Server } from 'node:http';
import { describe, expect, it, onTestFinished } from 'vitest';
import { distDir, siteOrigin } from '../support/dist.ts';
import { startNginx } from '../support/nginx.ts';
import { useBrowser } from '../support/e2e.ts';
import { releasedLoaders } from '../../src/build/embed-loader.ts';
import { repoRoot } from '../support/load-fixture.ts';

/** The loader /embed/ offers: the newest released version. */
const newest = releasedLoaders(repoRoot).at(-1)!.path;

const live = useBrowser();

/** A partner's page on another loopback port, with the loader `tags` pasted into it. */
async function partnerPage(tags: string[], port: number): Promise<{ origin: string; server: Server }> {
  const html = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>某市人民政府</title></head>
<body><h1>某市人民政府 · 便民服务</h1>${tags.join('')}<p id="after">页脚</p></body></html>`;
  const server = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${port}`, server };
}

/** The loader at its first address, unpinned, as snippets pasted before v1 have it: once per entry of `attributes`. */
const unpinned =
  (...attributes: string[]) =>
  (site: string) =>
    attributes.map((a) => `<script src="${site}/embed.js" ${a}></script>`);

/** The snippet a webmaster copies from the site's /embed/ page (its published address made the test's), changed by `edit`. */
const copied =
  (...edits: ((snippet: string) => string)[]) =>
  async (site: string) => {
    const builder = await live.browser.newPage();
    await builder.goto(`${site}/embed/`);
    const snippet = (await builder.locator('[data-snippet]').textContent())!.replaceAll(siteOrigin, site);
    await builder.close();
    return [snippet, ...edits.map((edit) => edit(snippet))];
  };

/** The site served by nginx on `port`, a partner page (on `partnerPort`) pasting the loader `tags`, opened on a phone. */
async function embeddedOnPartner(port: number, tags: (site: string) => string[] | Promise<string[]>, partnerPort = 4390) {
  const nginx = await startNginx({ port, root: distDir });
  onTestFinished(nginx.stop);
  const partner = await partnerPage(await tags(nginx.origin), partnerPort);
  onTestFinished(() => new Promise<void>((resolve) => partner.server.close(() => resolve())));
  const page = await (await live.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await page.goto(`${partner.origin}/`);
  return { site: nginx.origin, partner: partner.origin, page, iframe: page.locator('iframe[src*="/embed/"]'), widget: page.frameLocator('iframe[src*="/embed/"]') };
}

describe('the widget embedded on a partner site', () => {
  it('runs the loader the partner pinned by its hash, and no other code', async () => {
    // The snippet as copied, and a copy whose hash is not the loader's, for another region: the browser runs the first only.
    const tampered = (snippet: string) => snippet.replace(/integrity="sha384-[^"]+"/, `integrity="sha384-${'A'.repeat(64)}"`).replace('350500', '350000');
    const { site, page, iframe } = await embeddedOnPartner(4543, copied(tampered), 4544);
    const scripts = await page.locator('script[src]').evaluateAll((tags) => tags.map((t) => [t.getAttribute('src'), t.getAttribute('crossorigin'), t.getAttribute('integrity')?.slice(0, 7)]));
    expect(scripts).toEqual([[`${site}/${newest}`, 'anonymous', 'sha384-'], [`${site}/${newest}`, 'anonymous', 'sha384-']]);
    await iframe.waitFor();
    await page.waitForTimeout(300);
    expect(await iframe.count()).toBe(1);
    expect(await iframe.getAttribute('src')).toMatch(new RegExp(`^${site}/embed/350500/\\?`));
  });

  it('resizes to its results, searches, and ignores messages from anyone else', async () => {
    // The snippet as the builder gives it with the green accent chosen.
    const green = (snippet: string) => snippet.replace(' data-title=', ' data-accent="green" data-title=');
    const { site, partner, page, iframe, widget } = await embeddedOnPartner(4389, async (origin) => (await copied(green)(origin)).slice(1));
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

  it('speaks the language the partner chose with data-lang, and opens answers in it in a new tab, from the loader’s first address (/embed.js)', async () => {
    const { site, partner, page, iframe, widget } = await embeddedOnPartner(
      4387,
      // Pasted when the builder offered data-open="inline": the option is gone, and answers open in a new tab.
      unpinned('data-region="350500" data-lang="en" data-open="inline" data-title="Hotline number lookup"'),
    );
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
    const { page } = await embeddedOnPartner(4521, unpinned('data-region="350500"', 'data-region="350000"'), 4522);
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

describe('the embed builder, for a webmaster', () => {
  it('offers every region, follows every choice in both codes, copies each with its own button, and says what the host needs', async () => {
    const nginx = await startNginx({ port: 4545, root: distDir });
    onTestFinished(nginx.stop);
    const context = await live.browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: nginx.origin });
    const page = await context.newPage();
    await page.goto(`${nginx.origin}/embed/`);
    const regions = page.locator('#embed-region option');
    expect(await regions.count()).toBeGreaterThan(300);
    await page.selectOption('#embed-region', '440100');
    await page.selectOption('#embed-lang', 'en');
    await page.selectOption('#embed-scheme', 'dark');
    await page.selectOption('#embed-accent', 'green');
    await page.selectOption('#embed-scale', '1.25');
    expect(await page.locator('#embed-region option:checked').textContent()).toBe('广州市（暂无清单）');
    const loader = (await page.locator('[data-snippet]').textContent())!;
    expect(loader).toMatch(/data-region="440100" data-scheme="dark" data-accent="green" data-scale="1.25" data-lang="en" data-title="[^"]+"/);
    const iframe = (await page.locator('[data-iframe]').textContent())!;
    expect(iframe).toBe(`<iframe src="${siteOrigin}/en/embed/440100/?scheme=dark&accent=green&scale=1.25" title="12345 hotline number lookup" style="width:100%;height:32rem;border:0"></iframe>`);
    // Two buttons, two names; each copies its own code.
    const buttons = page.locator('[data-copy]');
    expect(await buttons.allTextContents()).toEqual(['复制加载代码', '复制 iframe 代码']);
    await buttons.nth(1).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);
    await expect.poll(() => buttons.nth(1).textContent()).toBe('已复制');
    const text = await page.locator('main').innerText();
    expect(text).toContain('请在 HTTPS 网页上嵌入');
    expect(text).toMatch(/script-src 和 frame-src/);
    expect(await page.locator('.embed-options li').count()).toBe(6);
    await context.close();
  });
});
