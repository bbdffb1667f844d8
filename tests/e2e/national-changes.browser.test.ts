import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, retype, useBrowserAndSite } from '../support/e2e.ts';

const site = useBrowserAndSite(4396);

async function open(path: string, javaScriptEnabled = false): Promise<Page> {
  const page = await newPage(site.browser, { javaScriptEnabled, viewport: { width: 390, height: 844 } });
  const response = await page.goto(site.origin + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

const calls = (page: Page) => page.locator('.answer .calls a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

// Each language: its root, the verdicts it prints, the list-history heading's start, and what the
// Quanzhou 12369 page says of its two dates and of its list.
const languages = [
  {
    root: '/', stopped: '已停用，请拨打 12345', reassigned: '现为心理援助热线，请拨打 12356', since: '2024年4月底',
    agrees: '泉州市清单自 2021年12月1日起已停用；2024年4月底起全国停用', agreesHeading: '泉州市清单的说法（全国性变化与它一致）',
  },
  {
    root: '/zh-hant/', stopped: '已停用，請撥打 12345', reassigned: '現為心理援助熱線，請撥打 12356', since: '2024年4月底',
    agrees: '泉州市清單自 2021年12月1日起已停用；2024年4月底起全國停用', agreesHeading: '泉州市清單的說法（全國性變化與它一致）',
  },
  {
    root: '/en/', stopped: 'Switched off: call 12345 instead', reassigned: 'Now the Psychological assistance hotline: call 12356', since: 'the end of April 2024',
    agrees: 'The Quanzhou list had already switched it off from December 1, 2021; switched off nationwide since the end of April 2024.',
    agreesHeading: 'What the Quanzhou list says (the national change agrees with it)',
  },
];

describe.each(languages)('national changes on $root pages', ({ root, stopped, reassigned, since, agrees, agreesHeading }) => {
  it('12369 where the 2021 list had already stopped it (Quanzhou): off since the list’s day, the change agreeing, one date never contradicting the other', async () => {
    const page = await open(`${root}350500/12369/`);
    expect(await page.locator('#verdict').textContent()).toBe(stopped);
    const details = await page.locator('.answer > .details li').allInnerTexts();
    expect(details[0]).toBe(agrees);
    // The national date alone ("自 2024年4月底起停用") would read as if the line had worked until then.
    expect(details).not.toContain(since.startsWith('the') ? `Switched off since ${since}.` : `自 ${since}起停用`);
    expect(await page.locator('#history').textContent()).toBe(agreesHeading);
  });

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

  it('12356 is the psychological assistance hotline: tel:12356, then 110 and 120 for a life in danger, never 12345; then what the list said', async () => {
    const page = await open(`${root}350500/12356/`);
    expect(await page.locator('#verdict').textContent()).toBe(reassigned);
    expect(await calls(page)).toEqual(['tel:12356', 'tel:110', 'tel:120']);
    expect(await page.locator('.history').count()).toBe(1);
  });

  it('/n/12356/ and /n/12369/ lead with the national answer', async () => {
    const n12356 = await open(`${root}n/12356/`);
    expect(await n12356.locator('#verdict').textContent()).toBe(reassigned);
    expect(await calls(n12356)).toEqual(['tel:12356', 'tel:110', 'tel:120']);
    const n12369 = await open(`${root}n/12369/`);
    expect(await n12369.locator('#verdict').textContent()).toBe(stopped);
  });

  it('/n/12369/: the current answer stands alone; every 2021 row is labelled, muted and folded away, never a verdict in the current style', async () => {
    const page = await open(`${root}n/12369/`);
    expect(await page.locator('.verdict').count()).toBe(1);
    const history = page.locator('details.history');
    expect(await history.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await history.locator('summary').click();
    const rows = history.locator('.history-rows li');
    expect(await rows.count()).toBeGreaterThan(30);
    const looks = await rows.evaluateAll((lis) => {
      const verdict = getComputedStyle(document.querySelector('.verdict')!);
      const body = getComputedStyle(document.body);
      return lis.map((li) => {
        const said = li.querySelector('.history-verdict');
        const style = said && getComputedStyle(said);
        return {
          labelled: !!said?.querySelector('.history-label')?.textContent?.trim(),
          muted: !!style && style.color !== body.color,
          light: !!style && Number(style.fontWeight) < 700 && parseFloat(style.fontSize) < parseFloat(verdict.fontSize),
        };
      });
    });
    expect(looks.filter((l) => !(l.labelled && l.muted && l.light))).toEqual([]);
    expect(await rows.first().locator('.history-label').textContent()).toMatch(/2021|清单|清單|list/);
  });

  it('region pages: 12369 among the stopped lines in Chengdu; Guangzhou lists the changes', async () => {
    const chengdu = await open(`${root}510100/`);
    expect(await chengdu.locator('#group-stopped ~ ul a[href$="/12369/"]').count()).toBe(1);
    expect(await chengdu.locator('#group-parallel ~ ul a[href$="/12369/"]').count()).toBe(0);
    const guangzhou = await open(`${root}440100/`);
    expect(await guangzhou.locator('.region-changes a[href$="/440100/12369/"]').count()).toBe(1);
    expect(await guangzhou.locator('main').innerText()).not.toMatch(/无法说明 在|cannot say what happened to  there/);
  });

  it('a region without a list (Guangzhou) is no dead end: a call button for 12345, no claim of numbers it does not have, a poster that claims no list', async () => {
    const guangzhou = await open(`${root}440100/`);
    expect(await guangzhou.locator('main .calls a').first().getAttribute('href')).toBe('tel:12345');
    expect(await guangzhou.locator('.verdict').count()).toBe(1);
    expect(await guangzhou.locator('.offline-ready').textContent()).not.toMatch(/全部号码|全部號碼|All numbers/);
    const poster = await open(`${root}440100/poster/`);
    expect(await poster.locator('.poster-foot').innerText()).not.toMatch(/年清单|年清單|lists of/);
  });
});

describe('search knows what numbers are now', () => {
  it.each([
    ['/350500/', ['抑郁', '心理咨询', '失眠', '焦虑']],
    ['/zh-hant/350500/', ['焦慮']],
    ['/', ['心理援助']],
    ['/en/350500/', ['counselling']],
    ['/en/', ['mental health']],
  ])('on %s, %j each find 12356 first, with today’s verdict', async (path, queries) => {
    const page = await open(path, true);
    await page.locator('astro-island:not([ssr]) #hotline-search').waitFor();
    const first = page.locator('#hotline-search-results [role="option"]').first();
    for (const query of queries) {
      await retype(page, query);
      expect(await first.locator('.number').textContent(), query).toBe('12356');
      expect(await first.locator('.result-detail').textContent(), query).toMatch(/12356/);
    }
  });
});
