import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, useBrowserAndSite } from '../support/e2e.ts';

const site = useBrowserAndSite(4397);
const MARK = 'rgb(255, 240, 168)';

/** Opens an answer page on a phone and taps its source link, as a citizen would. */
async function followSource(path: string, javaScriptEnabled: boolean): Promise<Page> {
  const page = await newPage(site.browser, { javaScriptEnabled, viewport: { width: 390, height: 844 } });
  const response = await page.goto(site.origin + path);
  expect(response?.status(), path).toBe(200);
  await Promise.all([page.waitForURL(/\/sources\//), page.locator('.source a').click()]);
  return page;
}

/** The element the address points at (:target): what it is, where it sits in the window, how it is marked. */
const target = (page: Page) =>
  page.evaluate(() => {
    const t = document.querySelector<HTMLElement>(':target');
    if (!t) return null;
    const box = t.getBoundingClientRect();
    return { tag: t.tagName, text: t.innerText, inView: box.top >= 0 && box.bottom <= innerHeight, scrolled: scrollY > 0, background: getComputedStyle(t).backgroundColor };
  });

describe('an answer’s source link opens the document at the cited row, marked', () => {
  it.each([
    ['Quanzhou 12369, JavaScript off', '/350500/12369/', false, '/sources/quanzhou-2021/#row-12', 'TR', '12369 环境保护投诉举报'],
    ['Quanzhou 12369, JavaScript on', '/350500/12369/', true, '/sources/quanzhou-2021/#row-12', 'TR', '12369 环境保护投诉举报'],
    ['Chengdu 12315, an entry in a Sichuan cell', '/510100/12315/', false, '/sources/sichuan-2021/#s2-row-11', 'SPAN', '12315 12315 市场监管投诉举报热线'],
    ['Jilin 96889, a row without 序号, in English', '/en/220000/96889/', true, '/en/sources/jilin-2021/#s2-96889', 'TR', '长春省直住房公积金管理分中心'],
    ['Chaozhou 12369 in traditional characters', '/zh-hant/445100/12369/', false, '/zh-hant/sources/chaozhou-2021/#s1-row-12', 'TR', '環境保護投訴舉報電話'],
  ])('%s', async (_, path, javaScriptEnabled, source, tag, text) => {
    const page = await followSource(path, javaScriptEnabled);
    const url = new URL(page.url());
    expect(url.pathname + url.hash).toBe(source);
    const row = await target(page);
    expect(row).toMatchObject({ tag, inView: true, scrolled: true, background: MARK });
    expect(row?.text).toContain(text);
    // Only the cited row is marked.
    expect(await page.locator('.document tr:not(:target)').first().evaluate((r) => getComputedStyle(r).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  });

  it('and the row’s number leads back to its answer', async () => {
    const page = await followSource('/350500/12369/', false);
    await Promise.all([page.waitForURL(/\/350500\/12369\/$/), page.locator('#row-12 a').click()]);
    expect(await page.locator('#verdict').textContent()).toBe('已停用，请拨打 12345');
  });
});

describe('a source page', () => {
  it('lets a keyboard reach a table wider than the phone, by its name, and scroll it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => localStorage.setItem('text-size', 'large'));
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/sources/sichuan-2021/`);
    const table = page.getByRole('region', { name: 'Table 1 of the document: scroll it sideways to see every column' });
    expect(await table.evaluate((t) => t.scrollWidth > t.clientWidth)).toBe(true);
    // Shift+Tab from the first link in the table lands on the table's box: it is in the tab order, just before its content.
    await table.locator('a').first().focus();
    await page.keyboard.press('Shift+Tab');
    expect(await table.evaluate((t) => t === document.activeElement), 'the wide table’s box must be in the tab order, before its first link').toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement!.scrollLeft > 0);
    await context.close();
  });

  it('prints readably: no site header or buttons, every table within the paper, the cited row still marked', async () => {
    // About the printable width of A4 with Chromium's default margins.
    const context = await site.browser.newContext({ viewport: { width: 700, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/sources/chaozhou-2021/#s1-row-12`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.document-table').evaluateAll((tables) => tables.filter((t) => t.scrollWidth > t.clientWidth + 1).length)).toBe(0);
    expect(await page.locator('#s1-row-12').evaluate((r) => [getComputedStyle(r).backgroundColor, getComputedStyle(r).printColorAdjust])).toEqual([MARK, 'exact']);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length).toBeGreaterThan(0);
    await context.close();
  });
});
