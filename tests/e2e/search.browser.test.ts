import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, openWithSearch, retype, SEARCH, useBrowserAndSite } from '../support/e2e.ts';
import { browserPlaceQueries } from '../../scripts/search-queries.ts';
import { LOCALES, localeRoot } from '../../src/i18n/locales.ts';

const site = useBrowserAndSite(4393);

const { box, options } = SEARCH;
// A sample of the query set's place queries (all of them run in Node: tests/build/place-queries.test.ts).
const placeQueries = browserPlaceQueries();
const open = (path: string, javaScriptEnabled = true) => openWithSearch(site, path, javaScriptEnabled);

/** The numbers of the results, in rank order, once they are on screen. */
async function resultNumbers(page: Page): Promise<string[]> {
  await page.locator(options).first().waitFor();
  return page.locator(`${options} .number`).allTextContents();
}

describe('searching a region’s hotlines', () => {
  const kinds: [kind: string, query: string, first: string][] = [
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
  ];

  it('puts the right line first for every kind of query, in one visit as a citizen retries, and its result opens the answer', async () => {
    const page = await open('/350500/');
    const wrong: string[] = [];
    for (const [kind, query, number] of kinds) {
      await retype(page, query);
      const seen = { number: (await resultNumbers(page))[0], href: await page.locator(options).first().getAttribute('href') };
      if (seen.number !== number || !seen.href?.endsWith(`/350500/${number}/`)) wrong.push(`${kind} (${query}): ${seen.number} → ${seen.href}, expected ${number}`);
    }
    expect(wrong).toEqual([]);
    // The last query's first result, tapped: its answer.
    const last = kinds.at(-1)!;
    await page.locator(options).first().click();
    await page.waitForURL(`**/350500/${last[2]}/`);
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
    const context = await newContext(site.browser, { viewport: { width: 390, height: 844 } });
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

describe('with the data files slowed (a weak connection), results settle before they show', () => {
  /**
   * Every state the results region goes through, from the first byte: the status line and the links
   * listed, recorded by a MutationObserver; each data file (/search/*.json) held back `delay` ms.
   */
  async function slowed(path: string, delay: number): Promise<Page> {
    const context = await newContext(site.browser, { viewport: { width: 390, height: 844 } });
    await context.route('**/search/*.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      await route.continue();
    });
    await context.addInitScript(() => {
      const seen: { status: string; list: string }[] = [];
      (window as unknown as { states: typeof seen }).states = seen;
      new MutationObserver(() => {
        const form = document.querySelector('form[role="search"]');
        if (!form) return;
        const status = form.querySelector('[role="status"]')?.textContent ?? '';
        const list = [...form.querySelectorAll('#hotline-search-results:not([hidden]) [role="option"]')].map((a) => a.getAttribute('href')).join(' ');
        const last = seen.at(-1);
        if (!last || last.status !== status || last.list !== list) seen.push({ status, list });
      }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    });
    const page = await context.newPage();
    await page.goto(site.origin + path);
    await page.locator(`astro-island:not([ssr]) ${box}`).waitFor();
    return page;
  }

  it.each([
    // A place whose answer needs the place data: the regions alone would list 眉山, the all-regions page, or nothing.
    ['/', '峨眉山市', '/511100/#via-511181'],
    ['/', '晋江 社保', '/350500/12333/#via-350582'],
    ['/', '延吉', '/222400/#via-222401'],
    // A slip of the same sound, answered once the sound table is in.
    ['/350500/', '社宝', '/350500/12333/'],
  ])('on %s, %s: the status says it is looking, never "none", and the first list shown is the one that stays', async (path, query, first) => {
    const page = await slowed(path, 700);
    // Said or pasted whole, as voice input does: every list shown from here is this query's.
    await page.fill(box, query);
    await page.locator(`${options}[href="${first}"]`).first().waitFor();
    // Past the time any data file could still change it.
    await page.waitForTimeout(800);
    const states = await page.evaluate(() => (window as unknown as { states: { status: string; list: string }[] }).states);
    const typed = states.slice(states.findIndex((s) => s.status !== ''));
    const lists = [...new Set(typed.map((s) => s.list).filter(Boolean))];
    expect({ lists, none: typed.filter((s) => s.status.includes('没有找到')) }).toEqual({ lists: [lists[0]], none: [] });
    expect(lists[0]!.split(' ')[0]).toBe(first);
    // It did wait: the status said it was looking before the answer.
    expect(typed.some((s) => s.list === '' && /正在/.test(s.status))).toBe(true);
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

describe('the home page\'s one question: places, numbers and problems', () => {
  /** Resource timing sees a fetch whether the network or the service worker answers it. */
  const fetchedPlaces = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/search/places.json')));

  /** The home page in a language opened with a question in ?q=, which loads the place data at once: its results once they are in. */
  async function asked(root: string, q: string, first: string): Promise<Page> {
    const page = await open(`/${root}?q=${encodeURIComponent(q)}`);
    await page.locator(`${options}[href="/${root}${first}"]`).first().waitFor();
    expect(await page.locator(options).first().getAttribute('href'), q).toBe(`/${root}${first}`);
    return page;
  }

  /** Asks each question in the page, the way typing does, and reads the results (links and text) and the status line. */
  const ask = (page: Page, queries: readonly string[]) =>
    page.evaluate(async (qs) => {
      const input = document.querySelector<HTMLInputElement>('#hotline-search')!;
      const found: { hrefs: string[]; texts: string[]; status: string }[] = [];
      for (const q of qs) {
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 0));
        const results = [...document.querySelectorAll<HTMLElement>('#hotline-search-results [role="option"]')];
        found.push({ hrefs: results.map((a) => a.getAttribute('href') ?? ''), texts: results.map((a) => a.innerText), status: document.querySelector('form[role="search"] [role="status"]')?.textContent ?? '' });
      }
      return found;
    }, queries);

  // The query set's place queries, in each language's home page: the page each must lead to first, or every
  // place a shared name fits; and what the results and status say where that is the point.
  const said: Record<string, { query: string; texts?: string[]; status?: string }[]> = {
    'zh-Hans': [
      { query: '鼓楼区', texts: ['南京市，江苏省', '徐州市，江苏省', '福州市，福建省', '开封市，河南省'] },
      { query: '晋江 12369', texts: ['晋江市属于泉州市：查看泉州市的答案'] },
      { query: '0001-12345', status: '我们不知道这是哪里的号码' },
      { query: '13812345678', status: '我们不知道这是哪里的号码' },
      { query: '火星区', status: '这不是县级地名' },
    ],
    'zh-Hant': [{ query: '鼓楼区', texts: ['福州市，福建省'] }],
    en: [
      { query: 'Quanzhou housing fund', texts: ['See the answer for Quanzhou'] },
      { query: 'Wuhou District', texts: ['Chengdu, Sichuan'] },
      { query: '0001-12345', status: 'That is not a place we know' },
    ],
  };

  // Each language's page is opened from /?q= with one kind of question: a shared name, a place with a number, a place with a problem.
  const opening = {
    'zh-Hans': ['鼓楼区', '320100/#via-320106'],
    'zh-Hant': ['晉江 12369', '350500/12369/#via-350582'],
    en: ['Chengdu unpaid wages', '510100/12333/'],
  } as const;

  it.each(LOCALES.map((l) => [l.code, localeRoot(l)] as const))('opens /?q= with a place question, and answers every place query of the query set, in %s', async (code, root) => {
    const [q, first] = opening[code];
    const page = await asked(root, q, first);
    const checks = said[code] ?? [];
    const queries = [...placeQueries.map((q) => q.q), ...checks.map((c) => c.query)];
    const found = await ask(page, queries);
    const misses = placeQueries.flatMap((query, i) => {
      const { hrefs } = found[i]!;
      const ok =
        query.expect === 'none'
          ? hrefs.length === 0
          : Array.isArray(query.expect)
            ? query.expect.every((e) => hrefs.includes(`/${root}${e}`))
            : hrefs[0] === `/${root}${query.expect}`;
      return ok ? [] : [{ q: query.q, expect: query.expect, got: hrefs.slice(0, 5) }];
    });
    expect(misses).toEqual([]);
    checks.forEach((check, i) => {
      const { texts, status } = found[placeQueries.length + i]!;
      for (const text of check.texts ?? []) expect(texts.some((t) => t.includes(text)), `${check.query}: ${text}`).toBe(true);
      if (check.status) expect(status, check.query).toContain(check.status);
    });
  });

  it('fetches the place data only once the citizen types, finds a region by pinyin and remembers it for the next visit', async () => {
    const page = await open('/');
    await page.waitForLoadState('networkidle');
    expect(await fetchedPlaces(page)).toBe(false);
    await page.fill(box, 'quanzhou');
    // Once the place data is in, quanzhou is 泉州's name whole, and its page comes first.
    await page.locator(`${options}[href*="#via-"]`).first().waitFor();
    expect(await fetchedPlaces(page)).toBe(true);
    const first = page.locator(options).first();
    expect(await first.innerText()).toContain('泉州市');
    await first.click();
    await page.waitForURL('**/350500/');
    await page.goto(`${site.origin}/`);
    const remembered = page.locator('.remembered a');
    await remembered.waitFor();
    expect(await remembered.getAttribute('href')).toBe('/350500/');
    expect(await remembered.innerText()).toContain('泉州市');
    // Former names and zones come only when a query finds no current name: 襄樊 is 襄阳 since 2010, and says so.
    const fetchedOthers = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/search/other-names.json')));
    await page.fill(box, '晋江');
    await page.locator(`${options}[href="/350500/#via-350582"]`).first().waitFor();
    expect(await fetchedOthers()).toBe(false);
    await page.fill(box, '襄樊');
    const xiangfan = page.locator(`${options}[href="/420600/"]`).first();
    await xiangfan.waitFor();
    expect(await fetchedOthers()).toBe(true);
    expect(await xiangfan.innerText()).toContain('襄樊市（2010 年更名为襄阳市）');
    await page.fill(box, '永兴岛');
    await page.locator(`${options}[href="/460300/#via-460321"]`).first().waitFor();
    expect(await page.locator(`${options}[href*="431000"]`).count()).toBe(0);
  });

  it('a county\'s region page and answer pages say why in words, from the first paint; an address naming another place says nothing', async () => {
    const page = await open('/350500/#via-350582');
    expect(await page.locator('.place-note:visible').allInnerTexts()).toEqual(['晋江市属于泉州市，以下按泉州市的清单']);
    await page.goto(`${site.origin}/zh-hant/350500/12369/#via-350582`);
    expect(await page.locator('.place-note:visible').allInnerTexts()).toEqual(['晉江市屬於泉州市，以下按泉州市的清單']);
    for (const place of ['via-110105', encodeURIComponent('<b>假</b>')]) {
      await page.goto(`${site.origin}/350500/#${place}`);
      await page.reload();
      expect(await page.locator('.place-note:visible').count(), place).toBe(0);
    }
  });

  it('a nonsense place in /?q= finds nothing, says so and offers 12345', async () => {
    const page = await open(`/?q=${encodeURIComponent('火星区')}`);
    await page.locator('.search-none a[href="tel:12345"]').waitFor();
    expect(await page.locator('form[role="search"] [role="status"]').textContent()).toContain('这不是县级地名，它在哪个市？');
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

  it('the home page offers every province, and no remembered region it could not keep', async () => {
    const page = await open('/', false);
    expect(await page.locator('main a[href="/350000/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.remembered').isVisible()).toBe(false);
  });

  it('a county\'s page says why, with no script at all', async () => {
    const page = await open('/en/350500/12369/#via-350582', false);
    expect(await page.locator('.place-note:visible').allInnerTexts()).toEqual(['Jinjiang is part of Quanzhou: what follows is the list for Quanzhou']);
  });

  it('a prefecture\'s page names its counties, districts and county-level cities, in every language', async () => {
    for (const [root, name] of [['', '晋江市'], ['zh-hant/', '晉江市'], ['en/', 'Jinjiang']] as const) {
      const page = await open(`/${root}350500/`, false);
      expect(await page.locator('.region-places #place-350582').innerText(), root).toBe(name);
      expect(await page.locator('.region-places li').count(), root).toBe(12);
      // The sentence for a county is shown by CSS alone: nothing here names one, so none shows.
      expect(await page.locator('.place-note:visible').count(), root).toBe(0);
    }
  });
});
