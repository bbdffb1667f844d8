import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newContext, useBrowserAndSite } from '../support/e2e.ts';
import { spoken, stubSpeech, VOICES } from '../support/speech.ts';

const site = useBrowserAndSite(4391);

/** Opens a page with JavaScript off, as a citizen on an old WeChat browser might. */
async function open(path: string): Promise<Page> {
  const context = await newContext(site.browser, { javaScriptEnabled: false });
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
    // Read aloud and share need JavaScript: without it they are not there at all.
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
    expect(await page.locator('[data-share]').isVisible()).toBe(false);
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

/** Opens a page with JavaScript, as a phone, after `prepare` has set up the context. */
async function openLive(path: string, prepare: (context: BrowserContext) => Promise<unknown> = async () => {}): Promise<Page> {
  const context = await newContext(site.browser, { viewport: { width: 390, height: 844 } });
  await prepare(context);
  const page = await context.newPage();
  const response = await page.goto(site.origin + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** Speech synthesis, and a share sheet that records what it is given (`share`); or none (`false`), as in WeChat. */
const prepare = (share: boolean, voices = VOICES, late = false) => async (context: BrowserContext) => {
  await stubSpeech(context, voices, late);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.addInitScript((share) => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, 'share', { value: share ? async (data: ShareData) => void shared.push(data) : undefined, configurable: true });
  }, share);
};

describe('朗读 and 分享: the answer read aloud with a voice on the device, and passed on', () => {
  it.each([
    ['/350500/12369/#verdict', '朗读', '停止朗读', 'Mandarin on the device', 'zh-CN', ['泉州市，一二三六九 环境保护投诉举报。', '已停用，请拨打 一二三四五。', '可以拨打：一二三四五。'], '已复制答案和本页地址', '泉州市 12369 环境保护投诉举报：已停用，请拨打 12345'],
    ['/zh-hant/350500/12369/', '朗讀', '停止朗讀', 'Taiwan Mandarin on the device', 'zh-TW', ['泉州市，一二三六九 環境保護投訴舉報。', '已停用，請撥打 一二三四五。'], '已複製答案和本頁地址', '泉州市 12369 環境保護投訴舉報：已停用，請撥打 12345'],
    ['/en/350500/12369/', 'Read aloud', 'Stop reading', 'English on the device', 'en-GB', ['Quanzhou, one two three six nine', 'call one two three four five'], "Copied the answer and this page's address", 'Quanzhou 12369 Environmental protection complaints hotline: Switched off: call 12345 instead'],
  ])(
    '%s: reads the verdict and what to dial in the page’s language, digit by digit, stops and reads again; without a share sheet, copies the verdict with the address and says so',
    async (path, read, stop, voice, lang, words, copied, verdict) => {
      const page = await openLive(path, prepare(false));
      const button = page.locator('[data-read-aloud]');
      expect(await button.textContent()).toBe(read);
      await button.click();
      const [first] = await spoken(page);
      expect(first).toMatchObject({ voice, lang });
      for (const w of words) expect(first!.text).toContain(w);
      // Numbers are never left for the voice to read as amounts.
      expect(first!.text).not.toMatch(/\d{3,}/);
      expect(await button.textContent()).toBe(stop);
      await button.click();
      expect(await button.textContent()).toBe(read);
      await button.click();
      expect((await spoken(page)).map((s) => s.text)).toEqual([first!.text, first!.text]);
      await page.evaluate(() => (window as unknown as { speechEnds: () => void }).speechEnds());
      expect(await button.textContent()).toBe(read);

      // WeChat's browser, a desktop: no share sheet, so the verdict and the address are copied, pasted into
      // a chat they still say the answer; the live region says what was copied.
      await page.locator('[data-share]').click();
      await expect.poll(() => page.getByRole('status').textContent()).toBe(copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${verdict} — ${site.origin}${path.replace(/#.*/, '')}`);
    },
  );

  it('shares the page’s own address and verdict through the system sheet; with only voices online, offers no reading', async () => {
    const page = await openLive('/350500/12369/', prepare(true, VOICES.filter((v) => !v.localService)));
    await page.locator('[data-share]').click();
    await page.waitForFunction(() => (window as unknown as { shared: ShareData[] }).shared.length > 0);
    const [data] = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(data).toEqual({ title: await page.title(), text: '泉州市 12369 环境保护投诉举报：已停用，请拨打 12345', url: `${site.origin}/350500/12369/` });
    expect(await page.getByRole('status').textContent()).toBe('');
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
  });

  it('appears when the voices arrive late, under the call buttons, moving nothing above them', async () => {
    const page = await openLive('/350500/12366/', prepare(false, VOICES, true));
    const call = page.locator('.calls a').first();
    const before = await call.boundingBox();
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
    await page.evaluate(() => (window as unknown as { voicesArrive: () => void }).voicesArrive());
    await page.locator('[data-read-aloud]').waitFor();
    expect(await call.boundingBox()).toEqual(before);
    const [tools, calls] = await Promise.all([page.locator('.answer-tools').boundingBox(), page.locator('.calls').boundingBox()]);
    expect(tools!.y).toBeGreaterThanOrEqual(calls!.y + calls!.height);
  });
});
