import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../support/e2e.ts';

const site = useBrowserAndSite(4396);

async function open(path: string, javaScriptEnabled = false): Promise<Page> {
  const page = await (await site.browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } })).newPage();
  const response = await page.goto(site.origin + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

const calls = (page: Page) => page.locator('.answer .calls a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

// Each language: its root, the verdicts it prints, and the list-history heading's start.
const languages = [
  { root: '/', stopped: '已停用，请拨打 12345', reassigned: '现为心理援助热线，请拨打 12356', since: '2024年4月底' },
  { root: '/zh-hant/', stopped: '已停用，請撥打 12345', reassigned: '現為心理援助熱線，請撥打 12356', since: '2024年4月底' },
  { root: '/en/', stopped: 'Switched off: call 12345 instead', reassigned: 'Now the Psychological assistance hotline: call 12356', since: 'the end of April 2024' },
];

describe.each(languages)('national changes on $root pages', ({ root, stopped, reassigned, since }) => {
  it('12369 where the 2021 list kept it (Sichuan, parallel): stopped, dial 12345, the row kept as history', async () => {
    const page = await open(`${root}510000/12369/`);
    expect(await page.locator('#verdict').textContent()).toBe(stopped);
    expect(await page.locator('#verdict').getAttribute('data-verdict')).toBe('stopped');
    expect(await calls(page)).toEqual(['tel:12345']);
    expect(await page.locator('.answer .details').first().innerText()).toContain(since);
    // The 2021 row is history, not hidden, and the change's sources are named with their dates.
    expect(await page.locator('.history .history-verdict').count()).toBe(1);
    expect(await page.locator('.change-sources li').count()).toBeGreaterThan(0);
    expect(await page.locator('.change-sources').innerText()).toMatch(/生[态態][环環]境部 · .*2024/);
  });

  it('12369 in a region with no list (Guangzhou) gets a real answer', async () => {
    const page = await open(`${root}440100/12369/`);
    expect(await page.locator('#verdict').textContent()).toBe(stopped);
    expect(await calls(page)).toEqual(['tel:12345']);
  });

  it('12356 is the psychological assistance hotline, tel:12356 first, then what the list said', async () => {
    const page = await open(`${root}350500/12356/`);
    expect(await page.locator('#verdict').textContent()).toBe(reassigned);
    expect(await calls(page)).toEqual(['tel:12356', 'tel:12345']);
    expect(await page.locator('.history').count()).toBe(1);
  });

  it('/n/12356/ and /n/12369/ lead with the national answer', async () => {
    const n12356 = await open(`${root}n/12356/`);
    expect(await n12356.locator('#verdict').textContent()).toBe(reassigned);
    expect(await calls(n12356)).toEqual(['tel:12356', 'tel:12345']);
    const n12369 = await open(`${root}n/12369/`);
    expect(await n12369.locator('#verdict').textContent()).toBe(stopped);
  });

  it('region pages: 12369 among the stopped lines in Chengdu; Guangzhou lists the changes', async () => {
    const chengdu = await open(`${root}510100/`);
    expect(await chengdu.locator('#group-stopped ~ ul a[href$="/12369/"]').count()).toBe(1);
    expect(await chengdu.locator('#group-parallel ~ ul a[href$="/12369/"]').count()).toBe(0);
    const guangzhou = await open(`${root}440100/`);
    expect(await guangzhou.locator('.region-changes a[href$="/440100/12369/"]').count()).toBe(1);
    expect(await guangzhou.locator('main').innerText()).not.toMatch(/无法说明 在|cannot say what happened to  there/);
  });
});

describe('search knows what numbers are now', () => {
  it.each([
    ['/350500/', '抑郁'],
    ['/350500/', '心理咨询'],
    ['/350500/', '失眠'],
    ['/350500/', '焦虑'],
    ['/zh-hant/350500/', '焦慮'],
    ['/', '心理援助'],
    ['/en/350500/', 'counselling'],
    ['/en/', 'mental health'],
  ])('on %s, "%s" finds 12356 first, with today’s verdict', async (path, query) => {
    const page = await open(path, true);
    await page.locator('astro-island:not([ssr]) #hotline-search').waitFor();
    await page.locator('#hotline-search').fill(query);
    const first = page.locator('#hotline-search-results [role="option"]').first();
    await first.waitFor();
    expect(await first.locator('.number').textContent()).toBe('12356');
    expect(await first.locator('.result-detail').textContent()).toMatch(/12356/);
  });
});
