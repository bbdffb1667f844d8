import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newContext, useBrowserAndSite } from '../support/e2e.ts';

const site = useBrowserAndSite(4399);

/** A fresh phone-sized context: nothing remembered from another test. */
const phone = (): Promise<BrowserContext> => newContext(site.browser, { viewport: { width: 390, height: 844 } });

async function open(path: string, context?: BrowserContext): Promise<Page> {
  const page = await (context ?? (await phone())).newPage();
  const response = await page.goto(site.origin + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

const text = (page: Page, selector: string) => page.locator(selector).innerText();

describe('the English answer page', () => {
  it('(350500, 12366) reads in English, quotes the document in Chinese and says so', async () => {
    const page = await open('/en/350500/12366/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await text(page, 'h1')).toBe('Quanzhou · 12366 Tax service hotline');
    expect(await text(page, '#verdict')).toBe('Still works: a sub-centre of 12345');
    expect(await page.locator('.calls a').allInnerTexts()).toEqual(['Call 12345', 'Call 12366']);
    const details = await page.locator('.details li').allInnerTexts();
    expect(details).toContain('The old number keeps its own operators.');
    expect(details.some((d) => d.startsWith('Since ') && d.endsWith(', 2021'))).toBe(true);
    // The document's own words stay Chinese and are marked as Chinese for readers and screen readers.
    const quoted = page.locator('.details li', { hasText: 'The document says:' }).locator('[lang="zh-Hans"]');
    // The heading the plan prints before its goal is a label, apart from the quote.
    expect(await quoted.allInnerTexts()).toEqual(['工作目标', '2021年11月30日前全市32条政务服务便民热线统一归并为“12345政务服务便民热线”']);
    expect(await page.locator('.source a [lang="zh-Hans"]').innerText()).toBe('泉州市人民政府办公室《泉州市人民政府办公室关于印发泉州市政务服务便民热线归并工作方案的通知》泉政办〔2021〕53号，三、设分中心');
    expect(await page.locator('.source a').innerText()).toMatch(/\(item 29\)$/);
    expect(await text(page, 'main')).toContain('The source documents exist only in Chinese');
    // Every line of UI text outside the marked quotations is English: no stray Chinese UI string.
    const unmarkedHan = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const owner = node.parentElement?.closest('[lang]');
        if (owner?.getAttribute('lang') === 'en' && /\p{Script=Han}/u.test(node.textContent ?? '')) found.push(node.textContent ?? '');
      }
      return found;
    });
    expect(unmarkedHan).toEqual([]);
  });

  it('12367, the immigration line, is named so a foreigner finds it', async () => {
    const page = await open('/en/n/12367/');
    expect(await text(page, 'main')).toContain('National Immigration Administration service hotline');
  });
});

describe('the Traditional Chinese answer page', () => {
  it('(445100, 12369) reads in traditional characters, data included', async () => {
    const page = await open('/zh-hant/445100/12369/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(await text(page, 'h1')).toBe('潮州市 · 12369 環境保護投訴舉報電話');
    expect(await text(page, '#verdict')).toBe('已停用，請撥打 12345');
    expect(await text(page, '.history-verdict')).toBe('2021 年清單：仍可撥打，也可撥打 12345');
    expect(await page.locator('.calls a').first().innerText()).toBe('撥打 12345');
    const details = await page.locator('.details li').allInnerTexts();
    expect(details).toContain('原號碼的話務座席已併入 12345 熱線，統一管理。');
    expect(details).toContain('文件原文：完成時間：10 月底');
    expect(await text(page, '.source')).toContain('潮州市 12345 熱線歸併清單');
    // None of the simplified forms these sentences would have: the converter ran on UI and data alike.
    expect(await text(page, 'body')).not.toMatch(/[拨话热线归并据页码]/u);
  });
});

describe('the language switcher', () => {
  it('offers the same page in the other languages, with hreflang alternates in the head', async () => {
    const page = await open('/350500/12366/');
    const links = page.locator('nav.languages a');
    expect(await links.evaluateAll((as) => as.map((a) => [a.getAttribute('hreflang'), new URL((a as HTMLAnchorElement).href).pathname]))).toEqual([
      ['zh-Hant', '/zh-hant/350500/12366/'],
      ['en', '/en/350500/12366/'],
    ]);
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => [l.getAttribute('hreflang'), new URL((l as HTMLLinkElement).href).pathname]));
    expect(alternates).toEqual([
      ['zh-Hans', '/350500/12366/'],
      ['zh-Hant', '/zh-hant/350500/12366/'],
      ['en', '/en/350500/12366/'],
      ['x-default', '/350500/12366/'],
    ]);
  });

  it('keeps the page; a page opened later stays in the language its address names, and offers the chosen one', async () => {
    const context = await phone();
    const page = await open('/350500/12366/', context);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/350500/12366/');
    expect(await text(page, '#verdict')).toBe('Still works: a sub-centre of 12345');
    // A QR code on a Chinese poster, scanned later on the same phone, opens in the language it was printed in.
    for (const [path, lang, verdict] of [
      ['/350500/12369/', 'zh-Hans', '已停用，请拨打 12345'],
      ['/zh-hant/350500/12369/', 'zh-Hant', '已停用，請撥打 12345'],
    ] as const) {
      const later = await context.newPage();
      await later.goto(`${site.origin}${path}`);
      await later.waitForLoadState('load');
      expect(new URL(later.url()).pathname).toBe(path);
      expect(await later.getAttribute('html', 'lang')).toBe(lang);
      expect(await text(later, '#verdict')).toBe(verdict);
      // The chosen language is offered, never imposed: its link stands out.
      await expect.poll(() => later.locator('nav.languages a.chosen').getAttribute('hreflang')).toBe('en');
      await later.close();
    }
  });

  it('without JavaScript, the switcher is plain links and nothing redirects', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await open('/zh-hant/350500/', context);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/350500/');
    expect(await text(page, 'h1')).toContain('Quanzhou');
    await context.close();
  });
});

describe('search in each language', () => {
  it('English search for "tax" finds 12366 and opens the English answer', async () => {
    for (const path of ['/en/', '/en/350500/']) {
      const page = await open(path);
      await page.locator('astro-island:not([ssr]) #hotline-search').waitFor();
      await page.fill('#hotline-search', 'tax');
      const first = page.locator('#hotline-search-results [role="option"]').first();
      expect(await first.locator('.number').innerText(), path).toBe('12366');
      expect(await first.innerText()).toContain('Tax service hotline');
      expect(await page.locator('form:has(#hotline-search) .search-count').innerText()).toMatch(/^\d+ match(es)? /);
      await first.click();
      await page.waitForURL(path === '/en/' ? '**/en/n/12366/' : '**/en/350500/12366/');
    }
  });

  it.each([
    ['customs', '12360'],
    ['visa', '12367'],
    ['noise', '12369'],
  ])('English search for "%s" finds %s', async (query, number) => {
    const page = await open('/en/');
    await page.locator('astro-island:not([ssr]) #hotline-search').waitFor();
    await page.fill('#hotline-search', query);
    expect(await page.locator('#hotline-search-results [role="option"] .number').first().innerText()).toBe(number);
  });

  it('traditional input matches on every language’s pages, and results show the page’s language', async () => {
    for (const [path, label] of [
      ['/zh-hant/350500/', '環'],
      ['/en/350500/', 'Environment'],
      ['/350500/', '环'],
    ] as const) {
      const page = await open(path);
      await page.locator('astro-island:not([ssr]) #hotline-search').waitFor();
      await page.fill('#hotline-search', '環保');
      const first = page.locator('#hotline-search-results [role="option"]').first();
      expect(await first.locator('.number').innerText(), path).toBe('12369');
      expect(await first.innerText(), path).toContain(label);
    }
  });

  it('the English home page finds a city by its romanised name, and a county leads to its city', async () => {
    const page = await open('/en/');
    await page.locator('astro-island:not([ssr]) #hotline-search').waitFor();
    await page.fill('#hotline-search', 'quanzhou');
    // Once the place data is in (全州 is quanzhou too), 泉州's page comes first.
    await page.locator('#hotline-search-results [role="option"][href*="#via-"]').first().waitFor();
    const first = page.locator('#hotline-search-results [role="option"]').first();
    expect(await first.innerText()).toContain('Quanzhou');
    await page.fill('#hotline-search', 'Jinjiang');
    const jinjiang = page.locator('#hotline-search-results [role="option"][href="/en/350500/#via-350582"]');
    expect(await jinjiang.innerText()).toContain('Jinjiang');
    await jinjiang.click();
    await page.waitForURL('**/en/350500/#via-350582');
    expect(await page.locator('.place-note:visible').innerText()).toBe('Jinjiang is part of Quanzhou: what follows is the list for Quanzhou');
  });
});
