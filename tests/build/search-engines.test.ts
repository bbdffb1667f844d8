/**
 * What search engines and chat previews read (issue 36): robots.txt, the sitemaps, canonical and hreflang
 * links, descriptions, Open Graph tags and pictures, noindex. Read from the built files: dist/ (a preview of
 * every page), the build published at an https:// origin (hostile-text) and the one under a sub-path.
 */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/budgets.ts';
import { PUBLISHED_ORIGIN } from '../../scripts/test-builds.ts';
import { LOCALES, localeRoot } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/i18n.ts';
import { ogLocale } from '../../src/lib/seo/og-locale.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { testBuild } from '../support/builds.ts';
import { distDir, PAGE_PATH, siteOrigin } from '../support/dist.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';
import { readSitemaps } from '../support/sitemaps.ts';

/** A page's head as a crawler reads it. */
function head(dir: string, file: string) {
  const html = readFileSync(`${dir}${file}`, 'utf8');
  const $ = cheerio.load(html.slice(0, html.indexOf('</head>')));
  const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
  return {
    title: $('title').text(),
    canonical: $('link[rel="canonical"]').attr('href'),
    alternates: Object.fromEntries($('link[rel="alternate"][hreflang]').map((_, l) => [[$(l).attr('hreflang')!, $(l).attr('href')!]]).get() as [string, string][]),
    robots: meta('robots'),
    description: meta('description'),
    og: (key: string) => meta(`og:${key}`),
    ogAlternateLocales: $('meta[property="og:locale:alternate"]').map((_, m) => $(m).attr('content')).get(),
    twitter: (key: string) => meta(`twitter:${key}`),
    httpEquiv: $('meta[http-equiv="Cache-Control"]').map((_, m) => $(m).attr('content')).get(),
    /** The verdict the page shows. */
    verdict: () => cheerio.load(html)('#verdict').text(),
  };
}

/** The pages of a build worth finding: every page but posters, /offline/, the widgets and 404 (index.html files only). */
const worthFinding = (dir: string) =>
  filesUnder(dir)
    .filter((f) => f.endsWith('index.html') && !/(^|\/)(poster|offline)\/index\.html$/.test(f) && !/(^|\/)embed\/\d{6}\//.test(f))
    .map((f) => f.replace(/index\.html$/, ''));

const byLanguage = (path: string) => LOCALES.filter((l) => l.prefix).find((l) => path.startsWith(localeRoot(l))) ?? LOCALES[0];

describe('dist/: every page, a preview', () => {
  const root = `${siteOrigin}/`;
  const { index, sitemaps, bytes } = readSitemaps(distDir, root);
  const pages = worthFinding(distDir);

  it('/sitemap.xml indexes one sitemap per language, and together they list every page worth finding and no other', () => {
    expect(index.map((s) => s.loc)).toEqual(LOCALES.map((l) => `${root}sitemap-${l.code.toLowerCase()}-1.xml`));
    const listed = [...sitemaps.values()].flat().map((u) => u.loc);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.map((u) => u.slice(root.length)).sort()).toEqual(pages.sort());
    // Every answer page of the build, in every language.
    const answers = pages.filter((p) => PAGE_PATH.test(`${p}index.html`) && /\d{6}\/\d+\/$/.test(p));
    expect(answers.length).toBeGreaterThan(3 * 1000);
    for (const locale of LOCALES) {
      const own = sitemaps.get(`${root}sitemap-${locale.code.toLowerCase()}-1.xml`)!.map((u) => u.loc.slice(root.length));
      expect(own.every((p) => byLanguage(p) === locale), locale.code).toBe(true);
      expect(answers.filter((p) => byLanguage(p) === locale).every((p) => own.includes(p)), locale.code).toBe(true);
    }
    for (const [loc, size] of bytes) expect(size, loc).toBeLessThan(52_428_800);
  });

  it('dates every address by the data (a list’s record, a change’s announcement, a review), never by the build', () => {
    const { lists, changes, review } = loadContent(`${repoRoot}content`, isRegion, repoRoot);
    const dataDays = new Set([...lists.flatMap((l) => l.history.map((h) => h.date)), ...changes.map((c) => c.announced), review.reviewed, ...review.numbers.map((n) => n.searched)]);
    for (const url of [...sitemaps.values()].flat()) expect(dataDays.has(url.lastmod!), `${url.loc} ${url.lastmod}`).toBe(true);
  });

  it('a preview asks every crawler to keep out, and every page says noindex', () => {
    expect(readFileSync(`${distDir}robots.txt`, 'utf8')).toMatch(/^User-agent: \*\nDisallow: \/$/m);
    expect(readFileSync(`${distDir}robots.txt`, 'utf8')).not.toContain('Sitemap:');
    for (const file of ['index.html', '350500/index.html', '350500/12369/index.html', 'en/n/12369/index.html', 'zh-hant/changes/index.html']) {
      expect(head(distDir, file).robots, file).toBe('noindex');
    }
  });

  // Every page of one region and every national page, in every language: the canonical is the page's own
  // address, its alternates name the same page in each language, each of those names them back, and the
  // sitemap gives the very same alternates.
  const sample = pages.filter((p) => !/\d{6}\//.test(p.replace(/^(zh-hant|en)\//, '')) || /(^|\/)350500\//.test(p));
  const sitemapLinks = new Map([...sitemaps.values()].flat().map((u) => [u.loc, u.links]));

  it('canonical, hreflang alternates and the sitemap agree', () => {
    expect(sample.length).toBeGreaterThan(3 * 40);
    for (const page of sample) {
      const own = `${root}${page}`;
      const h = head(distDir, `${page}index.html`);
      expect(h.canonical, page).toBe(own);
      expect(Object.keys(h.alternates).sort(), page).toEqual([...LOCALES.map((l) => l.code), 'x-default'].sort());
      expect(h.alternates[byLanguage(page).code], page).toBe(own);
      for (const [lang, href] of Object.entries(h.alternates)) {
        const twin = head(distDir, `${href.slice(root.length)}index.html`);
        expect(twin.canonical, `${page} → ${lang}`).toBe(href);
        expect(twin.alternates, `${page} → ${lang}`).toEqual(h.alternates);
      }
      expect(sitemapLinks.get(own), page).toEqual(h.alternates);
      expect(h.og('url'), page).toBe(own);
    }
  });

  it('every answer page’s description states its own verdict, in its language; no two alike', () => {
    const answers = sample.filter((p) => /350500\/\d+\/$/.test(p));
    expect(answers.length).toBeGreaterThan(3 * 30);
    const seen = new Map<string, string>();
    for (const page of answers) {
      const h = head(distDir, `${page}index.html`);
      const verdict = h.verdict();
      expect(verdict, page).not.toBe('');
      expect(h.description, page).toContain(verdict);
      expect(h.og('description'), page).toBe(h.description);
      expect(h.twitter('description'), page).toBe(h.description);
      expect(seen.get(h.description!), `${page} has the description of ${seen.get(h.description!)}`).toBeUndefined();
      seen.set(h.description!, page);
    }
    expect(head(distDir, '350500/12369/index.html').description).toBe('泉州市 12369：2021年12月1日起已停用，请拨打 12345。依据泉州市人民政府办公室泉政办〔2021〕53号。');
  });

  it('region, /n/ and other pages each describe themselves: no two pages of a language share a description', () => {
    for (const locale of LOCALES) {
      const described = new Map<string, string>();
      const regions = pages.filter((p) => byLanguage(p) === locale && /(^|\/)\d{6}\/$/.test(p));
      for (const page of new Set([...sample.filter((p) => byLanguage(p) === locale && !/\d{6}\/\d+\/$/.test(p)), ...regions.slice(0, 400)])) {
        const d = head(distDir, `${page}index.html`).description!;
        expect(d.length, page).toBeGreaterThan(10);
        expect(described.get(d), `${page} and ${described.get(d)}: ${d}`).toBeUndefined();
        described.set(d, page);
      }
    }
    expect(head(distDir, '350500/index.html').description).toMatch(/^泉州市的 \d+ 条热线：已停用 \d+、/);
    expect(head(distDir, 'n/12369/index.html').description).toMatch(/^全国 12369：2024年4月底起已停用，请拨打 12345。/);
  });

  it('Open Graph and card tags: title, the verdict, the address, the locale and its alternates, a 1200 × 630 picture of the verdict’s kind', async () => {
    for (const locale of LOCALES) {
      const page = `${localeRoot(locale)}350500/12369/`;
      const h = head(distDir, `${page}index.html`);
      expect(h.og('title')).toBe(h.title.slice(0, h.title.lastIndexOf(' · ')));
      expect(h.og('locale')).toBe(ogLocale(locale.code));
      expect(h.ogAlternateLocales.sort()).toEqual(LOCALES.filter((l) => l !== locale).map((l) => ogLocale(l.code)).sort());
      expect(h.og('image')).toBe(`${root}${localeRoot(locale)}share/cancelled.png`);
      expect(h.twitter('card')).toBe('summary_large_image');
      expect(h.twitter('image')).toBe(h.og('image'));
      expect(head(distDir, `${localeRoot(locale)}350500/12366/index.html`).og('image')).toBe(`${root}${localeRoot(locale)}share/works.png`);
    }
    const pictures = filesUnder(distDir).filter((f) => /(^|\/)share\/[a-z]+\.png$/.test(f));
    expect(pictures).toHaveLength(6 * LOCALES.length);
    for (const file of pictures) {
      const { width, height, format } = await sharp(`${distDir}${file}`).metadata();
      expect({ file, width, height, format }).toEqual({ file, width: 1200, height: 630, format: 'png' });
    }
    // Every page's picture is one of them.
    for (const page of sample) expect(pictures, page).toContain(head(distDir, `${page}index.html`).og('image')!.slice(root.length));
  });

  it('every page asks not to be transcoded (no-transform, and Baidu’s no-siteapp); the home page names the site once', () => {
    for (const page of ['', 'en/', '350500/12369/', 'zh-hant/350500/poster/', 'offline/']) expect(head(distDir, `${page}index.html`).httpEquiv, page).toEqual(['no-transform', 'no-siteapp']);
    for (const locale of LOCALES) expect(head(distDir, `${localeRoot(locale)}index.html`).title).toBe(t(locale.code)('site.name'));
  });
});

describe('a build published at an https:// origin (hostile-text: 350500, built on 2028-06-01)', () => {
  const { dir } = testBuild('hostile-text');
  const root = `${PUBLISHED_ORIGIN}/`;
  const { index, sitemaps } = readSitemaps(dir, root);

  it('robots.txt lets crawlers in and names the sitemap index by its absolute address', () => {
    expect(readFileSync(`${dir}robots.txt`, 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${root}sitemap.xml\n`);
    expect(index.map((s) => s.loc)).toEqual(LOCALES.map((l) => `${root}sitemap-${l.code.toLowerCase()}-1.xml`));
  });

  it('its sitemaps list every answer page it built in every language, dated by the data, never by the build day', () => {
    const listed = [...sitemaps.values()].flat();
    const answers = worthFinding(dir).filter((p) => /350500\/\d+\/$/.test(p));
    for (const locale of LOCALES) expect(answers.filter((p) => byLanguage(p) === locale).length, locale.code).toBe(answers.length / LOCALES.length);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((p) => listed.some((u) => u.loc === `${root}${p}`))).toBe(true);
    for (const u of [...listed, ...index]) expect(u.lastmod! < '2028-06-01', u.loc).toBe(true);
  });

  it('pages to find have a canonical at the https:// origin and no noindex; offline, the widgets and posters are kept out', () => {
    for (const page of ['', '350500/', '350500/12369/', 'en/350500/12369/', 'n/12369/', 'zh-hant/changes/', 'embed/']) {
      const h = head(dir, `${page}index.html`);
      expect(h.canonical, page).toBe(`${root}${page}`);
      expect(h.robots, page).toBeUndefined();
      expect(h.og('image')!.startsWith(`${root}`), page).toBe(true);
    }
    for (const page of ['offline/', 'en/offline/', 'embed/350500/', 'zh-hant/embed/350500/', '350500/poster/', '350500/12369/poster/', 'en/350500/12369/poster/']) {
      expect(head(dir, `${page}index.html`).robots, page).toBe('noindex');
    }
    // A widget speaks the language its partner chose: no alternates to switch to.
    expect(head(dir, 'embed/350500/index.html').alternates).toEqual({});
  });
});

describe('under a sub-path (BASE_PATH=/12345/)', () => {
  const { dir } = testBuild('subpath');
  const root = `${siteOrigin}/12345/`;

  it('the sitemap index, the sitemaps and the canonical links keep the base path', () => {
    const { index, sitemaps } = readSitemaps(dir, root);
    expect(index.map((s) => s.loc)).toEqual(LOCALES.map((l) => `${root}sitemap-${l.code.toLowerCase()}-1.xml`));
    const listed = [...sitemaps.values()].flat();
    expect(listed.every((u) => u.loc.startsWith(root) && Object.values(u.links).every((l) => l.startsWith(root)))).toBe(true);
    expect(listed.map((u) => u.loc)).toContain(`${root}en/350500/12369/`);
    expect(head(dir, '350500/12369/index.html').canonical).toBe(`${root}350500/12369/`);
    expect(head(dir, '350500/12369/index.html').og('image')).toBe(`${root}share/cancelled.png`);
  });
});
