/**
 * A person in danger, or one who types an emergency number, is never sent to 12345 instead of
 * 12356 or 110 / 120: the safety query set (tests/search/safety-queries.yaml) typed into the real
 * search box in three languages, on a region's page, the national home page and a region without
 * a list (a sample of it: the whole set runs in Node); partial numbers and ordinary words that must
 * raise no alarm; 12345 itself; the safety net's line; the emergency numbers' own pages; the widget.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { openWithSearch, SEARCH, useBrowserAndSite } from '../support/e2e.ts';

const site = useBrowserAndSite(4402);

type Language = 'zh-Hans' | 'zh-Hant' | 'en';
const queries = parse(readFileSync(new URL('../search/safety-queries.yaml', import.meta.url), 'utf8')) as {
  crisis: Record<Language, string[]>;
  emergency: Record<Language, Record<string, string>>;
  more: { crisis: Record<Language, string[]>; emergency: Record<Language, Record<string, string>> };
  calm: Record<Language | 'digits', string[]>;
};
/**
 * `count` items spread over a list: the whole set runs in Node (tests/unit/search/safety-set.test.ts); the browser
 * checks a sample of fixed size, so that the set can grow without the browser's time growing with it.
 */
const sample = <T>(xs: readonly T[], count: number) => [...new Set(Array.from({ length: Math.min(count, xs.length) }, (_, i) => xs[Math.floor((i * xs.length) / Math.min(count, xs.length))]!))];

const { box } = SEARCH;
const open = (path: string, javaScriptEnabled = true) => openWithSearch(site, path, javaScriptEnabled);

/**
 * What the search shows for each query, typed one after another into the box as a citizen would
 * (the value set, an input event): the first result's number and link, the numbers it says to call
 * at once, what the live region says, and any "dial 12345". Run inside the page, a query at a time.
 */
async function askAll(page: Page, queries: string[]) {
  return page.evaluate(
    async ({ box, queries }) => {
      const input = document.querySelector<HTMLInputElement>(box)!;
      const form = input.closest('form')!;
      const status = form.querySelector<HTMLElement>('[role="status"]')!;
      // The count is said for every query, results or none: then the answer is on screen. While the
      // search's data is still on the way, the same place says it is getting ready instead.
      const answered = () => status.textContent !== '' && status.textContent !== status.dataset.preparing;
      const type = async (value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        for (let frames = 0; answered() !== (value !== '') && frames < 600; frames++) await new Promise(requestAnimationFrame);
      };
      const seen = [];
      for (const query of queries) {
        await type('');
        await type(query);
        const first = form.querySelector('[role="option"]');
        seen.push({
          query,
          first: first?.querySelector('.number')?.textContent,
          href: first?.getAttribute('href'),
          call: [...form.querySelectorAll('.search-notice a')].map((a) => a.getAttribute('href')),
          notice: form.querySelector('.search-notice p')?.textContent ?? '',
          status: status.textContent ?? '',
          // Offered on screen, that is: the form's help for browsers without JavaScript is never shown here.
          to12345: [...form.querySelectorAll<HTMLElement>('a[href="tel:12345"]')].filter((a) => a.offsetParent !== null).length,
          // The safety net's line: its call links, and whether it comes after everything else the form shows.
          net: [...form.querySelectorAll('.search-net a')].map((a) => a.getAttribute('href')),
          netLast: form.querySelector('.search-net') === null || form.lastElementChild === form.querySelector('.search-net'),
        });
      }
      return seen;
    },
    { box, queries },
  );
}
const ask = async (page: Page, query: string) => (await askAll(page, [query]))[0]!;

// One page per language, each searching a different file: a region's own, the national one, and the national one answered for a region without a list.
const pages: [Language, string][] = [
  ['zh-Hans', '/350500/'],
  ['zh-Hant', '/zh-hant/'],
  ['en', '/en/440100/'],
];

describe.each(pages)('in %s, on %s', (language, path) => {
  it('every crisis phrase puts 12356 first, says to call 110 or 120 now with their buttons, and never offers 12345 instead; ordinary questions and partial numbers raise no alarm', async () => {
    const page = await open(path);
    // On the home page the place data can arrive while the questions below are typed (it did, after issue 34's
    // merge, with the larger sample): listen from the start, so that its arrival is never missed.
    const placesArrived = /\d/.test(path) ? null : page.waitForResponse((r) => r.url().endsWith('/search/places.json'));
    const seen = await askAll(page, [...queries.crisis[language], ...sample(queries.more.crisis[language], 12)]);
    expect(seen.filter((s) => s.first !== '12356' || s.call.join() !== 'tel:110,tel:120' || s.to12345 > 0 || !s.notice || !s.status.includes(s.notice) || s.net.length > 0)).toEqual([]);
    // In the same visit: what is typed on the way to a number, and ordinary words, offer no call but the one asked for.
    const calm = await askAll(page, [...queries.calm.digits, ...sample(queries.calm[language], 16)]);
    // A region without a list offers 12345 with every answer (its own notice): that is the one call it may offer.
    expect(calm.filter((s) => s.call.some((c) => c !== 'tel:12345') || ['110', '119', '120', '122'].includes(s.first ?? '') || (/^[\d１-９０\s-]+$/.test(s.query) && s.net.length > 0))).toEqual([]);
    expect((await ask(page, '1236')).first).toMatch(/^1236\d$/);
    // 12345 is answered as itself, with its button, also after an area code (on the home page, the area codes
    // arrive with the place data, fetched once the citizen is about to type).
    if (placesArrived) await Promise.all([placesArrived, page.focus(box)]);
    for (const typed of ['12345', '0595-12345']) expect(await ask(page, typed), typed).toMatchObject({ first: '12345', call: ['tel:12345'] });
    // A question in words that finds nothing: the 12345 suggestion, then, last and small, the safety net's line.
    const lost = await ask(page, language === 'en' ? 'nobody understands what is happening to me here' : '我不知道发生了什么谁也不理解我');
    expect(lost).toMatchObject({ net: ['tel:110', 'tel:120', 'tel:12356'], netLast: true });
  });

  it('every emergency number and word puts that number first, told to dial it directly, never 12345', async () => {
    const page = await open(path);
    const more = queries.more.emergency[language];
    const expected = { ...queries.emergency[language], ...Object.fromEntries(sample(Object.keys(more), 8).map((q) => [q, more[q]!])) };
    const seen = await askAll(page, Object.keys(expected));
    const wrong = seen.filter((s) => {
      const number = expected[s.query]!;
      return s.first !== number || s.call.join() !== `tel:${number}` || s.to12345 > 0 || !s.notice.includes(number) || !s.href?.endsWith(`/n/${number}/`);
    });
    expect(wrong).toEqual([]);
  });
});

describe('the safety query set', () => {
  it('has at least 30 crisis phrases in three languages, indirect ones included, and every emergency number', () => {
    const all = Object.values(queries.crisis).flat();
    expect(all.length).toBeGreaterThanOrEqual(30);
    for (const language of ['zh-Hans', 'zh-Hant', 'en'] as const) expect(queries.crisis[language].length, language).toBeGreaterThanOrEqual(10);
    // Indirect: no word for suicide in them at all.
    expect(all.filter((q) => !/自杀|自殺|suicid|kill/i.test(q)).length).toBeGreaterThanOrEqual(20);
    expect(new Set(Object.values(queries.emergency['zh-Hans']))).toEqual(new Set(['110', '119', '120', '122']));
  });
});

describe('emergency numbers’ own pages', () => {
  it.each([
    ['/', '110', '紧急电话，不在归并之列，请直接拨打 110'],
    ['/', '122', '紧急电话，不在归并之列，请直接拨打 122'],
    ['/zh-hant/', '119', '緊急電話，不在歸併之列，請直接撥打 119'],
    ['/en/', '120', 'Emergency number, never merged into 12345: call 120 directly'],
  ])('%sn/%s/ says to dial it directly, with its button and the document’s own sentence, read where the document says it', async (root, number, verdict) => {
    const page = await open(`${root}n/${number}/`, false);
    expect(await page.locator('#verdict').textContent()).toBe(verdict);
    expect(await page.locator('.answer .calls a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([`tel:${number}`]);
    expect(await page.locator('main a[href="tel:12345"]').count()).toBe(0);
    const quote = page.locator('.answer q').first();
    expect(await quote.textContent()).toMatch(/除110、119、120、122等[紧緊]急[热熱]线外|除110、119、120、122等[紧緊]急[热熱][线線]外/);
    await page.locator('.answer .source a').first().click();
    await page.waitForURL(/\/sources\/quanzhou-2021\/#line-\d+$/);
    const paragraph = await page.locator(':target').textContent();
    expect(paragraph).toMatch(/除110、119、120、122等[紧緊]急[热熱][线線]外/);
    // The authorities are named with their dates: the national guideline (as reported) and a provincial plan.
    await page.goBack();
    expect(await page.locator('.answer').innerText()).toMatch(/国办发〔2020〕53号|國辦發〔2020〕53號/);
  });
});

describe('the crisis line’s pages and the widget', () => {
  it('/n/12356/ quotes the hours the notice sets (at least 18 hours a day), with its source, and says 110 or 120 at night', async () => {
    const page = await open('/n/12356/', false);
    expect(await page.locator('.crisis-urgent').textContent()).toBe('有生命危险请立即拨打 110或120');
    expect(await page.locator('.crisis q').textContent()).toBe('每日提供不少于18小时心理援助服务');
    expect(await page.locator('.crisis').innerText()).toMatch(/夜里或情况危急时，请拨打 110或120/);
    expect(await page.locator('.crisis-source').innerText()).toMatch(/国家卫生健康委.*2024年12月25日.*IT之家/s);
  });

  it('the widget answers a crisis phrase with 12356 and the 110 / 120 line', async () => {
    const page = await open('/embed/350500/');
    expect(await ask(page, '活不下去了')).toMatchObject({ first: '12356', call: ['tel:110', 'tel:120'], to12345: 0 });
  });
});

describe('a region without a list answers a number in its own words', () => {
  it('广州 and 12333: the site cannot say; 12345 can be called, with its button; the result leads to what other regions did', async () => {
    const page = await open('/440100/');
    const seen = await ask(page, '12333');
    expect(seen).toMatchObject({ first: '12333', call: ['tel:12345'] });
    expect(seen.notice).toBe('广州市没有收录清单：本站无法说明 12333 在当地的情况。12345 在各地都能拨打，可以先打 12345 问。');
    expect(new URL(seen.href!, site.origin).pathname).toBe('/n/12333/');
    // A number a national change decides there has the region's own answer page.
    expect(new URL((await ask(page, '12369')).href!, site.origin).pathname).toBe('/440100/12369/');
    expect(await page.locator('.search-notice').count()).toBe(0);
  });
});
