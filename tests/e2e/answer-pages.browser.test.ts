import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../support/e2e.ts';

const site = useBrowserAndSite(4391);

/** Opens a page with JavaScript off, as a citizen on an old WeChat browser might. */
async function open(path: string): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(site.origin + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('the answer page reads correctly', () => {
  it('Quanzhou 12369: cancelled, dial 12345, by Quanzhou’s own list', async () => {
    const page = await open('/350500/12369/');
    await expect(page.locator('#verdict').textContent()).resolves.toBe('已停用，请拨打 12345');
    const text = await page.locator('main').innerText();
    expect(text).toContain('自 2021年12月1日 起');
    expect(text).toContain('泉政办〔2021〕53号');
    expect(await page.locator('a[href="tel:12345"]').count()).toBe(1);
    expect(await page.locator('a[href="tel:12369"]').count()).toBe(0);
  });

  it('Chaozhou 12369: kept beside 12345 by the 2021 list, switched off nationwide since April 2024', async () => {
    const page = await open('/445100/12369/');
    await expect(page.locator('#verdict').textContent()).resolves.toBe('已停用，请拨打 12345');
    expect(await page.locator('a[href="tel:12369"]').count()).toBe(0);
    // The list's row is history, shown in full under its own heading.
    await expect(page.locator('#history').textContent()).resolves.toBe('潮州市清单原来的说法（2024年4月底起已不适用）');
    await expect(page.locator('.history-verdict').textContent()).resolves.toBe('2021 年清单：仍可拨打，也可拨打 12345');
    const text = await page.locator('main').innerText();
    expect(text).toContain('接听：市 12345');
    expect(text).toContain('《潮州市 12345 热线归并清单》，32 条国家热线 第 12 项');
  });

  it('Chengdu 12300: cancelled since 2021-10-01, based on the Sichuan provincial list', async () => {
    const page = await open('/510100/12300/');
    await expect(page.locator('#verdict').textContent()).resolves.toBe('已停用，请拨打 12345');
    const text = await page.locator('main').innerText();
    expect(text).toContain('自 2021年10月1日 起');
    expect(text).toContain('依据四川省的省级清单');
  });

  it('Chaozhou 12300: says the list does not mention it, and guesses nothing', async () => {
    const page = await open('/445100/12300/');
    await expect(page.locator('#verdict').textContent()).resolves.toBe('潮州市的清单没有提到 12300');
    expect(await page.locator('a[href="tel:12300"]').count()).toBe(0);
  });

  it('Xiamen 12333: the Fujian list keeps it there', async () => {
    const page = await open('/350200/12333/');
    await expect(page.locator('#verdict').textContent()).resolves.toBe('仍可拨打，也可拨打 12345');
    expect(await page.locator('main').innerText()).toContain('厦门市的特别安排');
  });
});
