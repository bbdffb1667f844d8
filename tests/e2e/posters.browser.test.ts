import { describe, expect, it } from 'vitest';
import { newPage, useBrowserAndSite } from '../support/e2e.ts';
import { dataDates } from '../support/data-dates.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

const { review } = loadContent(`${repoRoot}content`, isRegion, repoRoot);

const site = useBrowserAndSite(4388);

/** Pages in a PDF: each page object is "/Type /Page" (the tree itself is "/Pages"). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('posters', () => {
  it.each([
    ['Fujian, the longest list', '/350000/poster/'],
    ['Sichuan', '/510000/poster/'],
    ['Jilin', '/220000/poster/'],
    ['Chaozhou', '/445100/poster/'],
    ['Quanzhou', '/350500/poster/'],
    ['a region without a list', '/440100/poster/'],
    ['one number', '/350500/12369/poster/'],
    // English names are the longest: the longest list in English must fit too.
    ['Fujian in English', '/en/350000/poster/'],
    ['Fujian in traditional characters', '/zh-hant/350000/poster/'],
    ['one number in English', '/en/350500/12366/poster/'],
    // A list held in part says so, and why, on the same one page.
    ['广西, held in part, in English', '/en/450000/poster/'],
    ['one number past 广西’s break, in English', '/en/450100/12366/poster/'],
  ])('%s prints to exactly one A4 page', async (_, path) => {
    const page = await newPage(site.browser);
    const response = await page.goto(site.origin + path);
    expect(response?.status()).toBe(200);
    expect(await page.locator('.poster-big').textContent()).toMatch(/^\d+$/);
    expect(await page.locator('.poster-qr svg').count()).toBe(1);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pageCount(pdf)).toBe(1);
    // A4 in points: 595 × 842.
    const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/)!;
    expect(Math.round(Number(box[1]))).toBe(595);
    expect(Math.round(Number(box[2]))).toBe(842);
  });

  // People photograph a poster and dial its biggest number.
  it.each([
    ['a number switched off', '/350500/12369/poster/', '12345', '已停用'],
    ['a number switched off, in English', '/en/510000/12369/poster/', '12345', 'switched off'],
    ['a number that still works', '/510000/12333/poster/', '12333', null],
  ])('%s: the biggest text is what to dial now, the old number smaller and marked, and the poster fills its A4', async (_, path, dial, mark) => {
    const page = await newPage(site.browser);
    await page.goto(site.origin + path);
    await page.emulateMedia({ media: 'print' });
    const seen = await page.evaluate(() => {
      const texts = [...document.querySelectorAll('main *')].filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()));
      const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
      const biggest = texts.reduce((a, b) => (size(b) > size(a) ? b : a));
      const old = document.querySelector('.poster-old');
      const main = document.querySelector('main')!.getBoundingClientRect();
      return {
        biggest: biggest.textContent!.trim(),
        second: texts.filter((el) => el !== biggest && el.textContent!.trim() === biggest.textContent!.trim()).length,
        old: old && { text: old.textContent!.trim(), struck: getComputedStyle(old.querySelector('s')!).textDecorationLine, size: size(old) < size(biggest) },
        // A4 less its 12 mm margins, in CSS pixels.
        filled: main.height / (((297 - 24) * 96) / 25.4),
      };
    });
    expect(seen.biggest).toBe(dial);
    expect(seen.second).toBe(0);
    if (mark) expect(seen.old).toEqual({ text: `${path.includes('12369') ? '12369' : ''} ${mark}`, struck: 'line-through', size: true });
    else expect(seen.old).toBeNull();
    expect(seen.filled).toBeGreaterThan(0.7);
    expect(pageCount(await page.pdf({ preferCSSPageSize: true }))).toBe(1);
  });

  it('are reached from the region and answer pages', async () => {
    const page = await newPage(site.browser);
    await page.goto(`${site.origin}/350500/`);
    expect(await page.locator('a[href="/350500/poster/"]').count()).toBe(1);
    await page.goto(`${site.origin}/350500/12369/`);
    expect(await page.locator('a[href="/350500/12369/poster/"]').count()).toBe(1);
  });

  it('list the cancelled numbers and those still working, with the verdict for one number', async () => {
    const page = await newPage(site.browser);
    await page.goto(`${site.origin}/350500/poster/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('以下号码已停用，请拨打 12345');
    expect(text).toMatch(/12369\s+环保热线/);
    expect(text).toContain('泉州市人民政府办公室关于印发');
    await page.goto(`${site.origin}/350500/12369/poster/`);
    expect(await page.locator('.poster-verdict').textContent()).toBe('已停用，请拨打 12345');
  });

  // 12369 was kept in Sichuan's 2021 list (双号并行) and was switched off nationwide in 2024:
  // no poster, in any language, may print it as a number that still works.
  it.each(['/510000/poster/', '/510100/poster/', '/zh-hant/510000/poster/', '/en/510000/poster/', '/440100/poster/'])(
    '%s prints 12369 among the stopped numbers, never among those still working',
    async (path) => {
      const page = await newPage(site.browser);
      await page.goto(site.origin + path);
      expect(await page.locator('[data-group="stillWorks"] b', { hasText: /^12369$/ }).count()).toBe(0);
      expect(await page.locator('[data-group="cancelled"] b', { hasText: /^12369$/ }).count()).toBe(1);
    },
  );

  it('prints 12356 as the psychological assistance hotline, and the data dates rather than the build day', async () => {
    const page = await newPage(site.browser);
    await page.goto(`${site.origin}/350500/poster/`);
    expect(await page.locator('[data-group="reassigned"] li', { hasText: '12356' }).innerText()).toMatch(/12356\s+心理援助热线/);
    expect(await page.locator('.poster-foot .data-dates').textContent(), 'the poster must give the day national changes were reviewed').toBe(
      dataDates(LOCALES[0], 'poster', review.reviewed, '2021'),
    );
    expect(await page.locator('.poster-foot').innerText()).not.toContain('数据更新于');
  });
});
