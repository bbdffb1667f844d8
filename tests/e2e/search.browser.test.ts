import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../support/e2e.ts';

const site = useBrowserAndSite(4393);

const box = '#hotline-search';
const options = '#hotline-search-results [role="option"]';

/** Opens a page on a phone-sized screen and waits until the search island is live. */
async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const response = await page.goto(site.origin + path);
  expect(response?.status(), path).toBe(200);
  if (javaScriptEnabled) await page.locator(`astro-island:not([ssr]) ${box}`).waitFor();
  return page;
}

/** The numbers of the results, in rank order, once they are on screen. */
async function resultNumbers(page: Page): Promise<string[]> {
  await page.locator(options).first().waitFor();
  return page.locator(`${options} .number`).allTextContents();
}

describe('searching a region’s hotlines', () => {
  it.each([
    ['a number', '12369', '12369'],
    ['full-width digits', '１２３６９', '12369'],
    ['a number with +86 and dashes', '+86 123-69', '12369'],
    ['a number after the area code', '0595-12369', '12369'],
    ['a citizen’s word', '噪音', '12369'],
    ['pinyin', 'huanbao', '12369'],
    ['pinyin initials', 'gjj', '12329'],
    ['traditional characters', '環保', '12369'],
    ['traditional characters of another line', '醫保', '12393'],
    ['an English word', 'tax', '12366'],
    ['a plain word for wages', '工资拖欠', '12333'],
    ['a problem in the other word order', '拖欠工资', '12333'],
    ['a problem in a sentence', '楼下饭店油烟太大', '12369'],
    ['pinyin with tone marks', 'gōngjījīn', '12329'],
    ['a typo', '公基金', '12329'],
    ['an English sentence', 'my boss didn’t pay me', '12333'],
  ])('%s (%s) puts %s first, and its result opens the answer', async (_, query, number) => {
    const page = await open('/350500/');
    await page.fill(box, query);
    expect((await resultNumbers(page))[0]).toBe(number);
    await page.locator(options).first().click();
    await page.waitForURL(`**/350500/${number}/`);
    expect(await page.locator('#verdict').textContent()).toBeTruthy();
  });

  it('matches a partial number by prefix only, never a near number', async () => {
    const page = await open('/350500/');
    await page.fill(box, '1236');
    const numbers = await resultNumbers(page);
    expect(numbers.length).toBeGreaterThan(1);
    for (const n of numbers) expect(n.startsWith('1236')).toBe(true);
    await page.fill(box, '12369');
    await page.locator(options).nth(1).waitFor({ state: 'detached' });
    expect(await resultNumbers(page)).toEqual(['12369']);
  });

  it('says how many results there are, politely, and offers 12345 when nothing matches', async () => {
    const page = await open('/350500/');
    await page.fill(box, '噪音');
    await resultNumbers(page);
    const status = page.locator('form[role="search"] [role="status"]');
    await expect(status.textContent()).resolves.toMatch(/找到 \d+ 条/);
    await page.fill(box, '火星人');
    await page.locator('.search-none a[href="tel:12345"]').waitFor();
    await expect(status.textContent()).resolves.toContain('直接拨打 12345');
    expect(await page.locator(options).count()).toBe(0);
    expect(await page.locator(box).getAttribute('aria-expanded')).toBe('false');
  });

  it('shows and announces nothing before the first keystroke, though it draws results once to be ready', async () => {
    // Every state of the results list from the first byte: the warm-up draws results into it and clears them, hidden throughout.
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { states: string[] }).states = seen;
      new MutationObserver(() => {
        const list = document.querySelector<HTMLElement>('#hotline-search-results');
        const state = list && `${list.children.length > 0 ? 'drawn' : 'empty'}${list.hidden ? ', hidden' : ''}`;
        if (state && seen.at(-1) !== state) seen.push(state);
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}/350500/`);
    await page.waitForFunction(() => (window as unknown as { states: string[] }).states.join(' → ').includes('drawn, hidden → empty, hidden'));
    expect(await page.evaluate(() => (window as unknown as { states: string[] }).states)).toEqual(['empty, hidden', 'drawn, hidden', 'empty, hidden']);
    expect(await page.locator('#hotline-search-results').isHidden()).toBe(true);
    expect(await page.locator(options).count()).toBe(0);
    expect(await page.locator('form[role="search"] [role="status"]').textContent()).toBe('');
    expect(await page.locator(box).getAttribute('aria-expanded')).toBe('false');
  });

  it('shows the verdict with each result', async () => {
    const page = await open('/350500/');
    await page.fill(box, '12369');
    await resultNumbers(page);
    expect(await page.locator(options).first().innerText()).toContain('已停用，请拨打 12345');
  });
});

describe('?q= deep links', () => {
  it('fill the box and show results on a region page', async () => {
    const page = await open(`/350500/?q=${encodeURIComponent('噪音')}`);
    expect(await page.locator(box).inputValue()).toBe('噪音');
    expect((await resultNumbers(page))[0]).toBe('12369');
  });

  it('search the national lines on the home page, linking to every region’s answer', async () => {
    const page = await open(`/?q=${encodeURIComponent('环保')}`);
    expect((await resultNumbers(page))[0]).toBe('12369');
    expect(await page.locator(options).first().getAttribute('href')).toBe('/n/12369/');
  });

  it('never turn a query into markup', async () => {
    const attack = '<img src=x onerror="window.hacked=1">"><script>window.hacked=2</script>';
    const page = await open(`/350500/?q=${encodeURIComponent(attack)}`);
    expect(await page.locator(box).inputValue()).toBe(attack);
    await page.locator('.search-none, [role="option"]').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('script', { hasText: 'hacked' }).count()).toBe(0);
  });

  it('are kept in the address while typing, so it can be shared', async () => {
    const page = await open('/350500/');
    await page.fill(box, '公积金');
    await resultNumbers(page);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '公积金');
  });
});

describe('keyboard only', () => {
  it('reaches the box with Tab, moves through results with the arrows and opens one with Enter', async () => {
    const page = await open('/350500/');
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'hotline-search'; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hotline-search');
    await page.keyboard.type('1236');
    await resultNumbers(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = page.locator(options).nth(1);
    expect(await second.getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(box).getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
    const href = await second.getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
  });

  it('Escape clears the box', async () => {
    const page = await open('/350500/');
    await page.fill(box, '噪音');
    await resultNumbers(page);
    await page.keyboard.press('Escape');
    expect(await page.locator(box).inputValue()).toBe('');
    expect(await page.locator(box).getAttribute('aria-expanded')).toBe('false');
  });
});

describe('the region picker', () => {
  it('finds a region by pinyin and remembers it for the next visit', async () => {
    const page = await open('/');
    await page.locator('astro-island #region-search').waitFor();
    await page.fill('#region-search', 'quanzhou');
    const first = page.locator('#region-search-results [role="option"]').first();
    expect(await first.innerText()).toContain('泉州市');
    await first.click();
    await page.waitForURL('**/350500/');
    await page.goto(`${site.origin}/`);
    const remembered = page.locator('.remembered a');
    await remembered.waitFor();
    expect(await remembered.getAttribute('href')).toBe('/350500/');
    expect(await remembered.innerText()).toContain('泉州市');
  });

  it('finds a region by its Chinese name and says what the site knows there', async () => {
    const page = await open('/');
    await page.locator('astro-island #region-search').waitFor();
    await page.fill('#region-search', '厦门');
    const first = page.locator('#region-search-results [role="option"]').first();
    await first.waitFor();
    expect(await first.innerText()).toContain('依据福建省清单');
  });
});

describe('with JavaScript off', () => {
  it('the region page still lists every line, and the form submits ?q=', async () => {
    const page = await open('/350500/', false);
    expect(await page.locator('.group a[href="/350500/12369/"]').count()).toBe(1);
    expect(await page.locator('form[role="search"] input[name="q"]').count()).toBe(1);
    await page.fill(box, '噪音');
    await page.locator('form[role="search"] button[type="submit"]').click();
    await page.waitForURL('**/350500/?q=*');
    expect(await page.locator('.group a[href="/350500/12369/"]').count()).toBe(1);
  });

  it('the home page offers every province, and no region picker that could not work', async () => {
    const page = await open('/', false);
    expect(await page.locator('main a[href="/350000/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#region-search').isVisible()).toBe(false);
  });
});
