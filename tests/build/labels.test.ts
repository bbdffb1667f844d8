/**
 * What the built pages promise, in every language, against what each document
 * says: a sub-centre is "7×24" only where its own document promises it, and
 * then with the document's words; every list's general rules are on its
 * region pages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/budgets.ts';
import type { RegionFile } from '../../src/lib/published/api.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { LOCALES, localeRoot } from '../../src/i18n/locales.ts';
import { toTraditional } from '../../src/lib/locale/traditional.ts';
import { distDir, readDistJson } from '../support/dist.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';

const { lists } = loadContent(`${repoRoot}content`, isRegion, repoRoot);
const files = filesUnder(distDir);
const read = (file: string) => readFileSync(distDir + file, 'utf8');
const regions = readDistJson<{ code: string; list: string }[]>('api/v1/regions.json');
/** The id of the document that speaks for each region with a list, own or inherited. */
const documentOf = new Map(
  regions.filter((r) => r.list !== 'none').map((r) => [r.code, readDistJson<RegionFile>(`api/v1/regions/${r.code}.json`).sources[0]!.id]),
);
const regionsOf = (id: string) => [...documentOf].filter(([, doc]) => doc === id).map(([code]) => code);
/** 7×24 however a page writes it: 7×24, 7*24, 7 × 24, and 24/7 in English. */
const ALL_DAY = /7\s*[×*]\s*24|24\s*\/\s*7|24 hours a day|round the clock/iu;
/** Every file a region's citizen reads: its pages (answers, posters, widget) and its search and API data, in every language. */
const filesOf = (code: string) =>
  files.filter((f) => new RegExp(`^(?:[\\w-]+/)?(?:(?:embed/)?${code}/|search/${code}\\.json$|api/v1/regions/${code}\\.json$)`).test(f));

describe('a label promises only what the row’s document promises', () => {
  it.each(['jilin-2021', 'quanzhou-2021'])('%s: no page, poster, widget or data file of its regions says 7×24', (id) => {
    const codes = regionsOf(id);
    // 吉林 and its nine prefectures; 泉州 alone (its counties have no pages of their own).
    expect(codes.length).toBe(id === 'jilin-2021' ? 10 : 1);
    const checked = codes.flatMap(filesOf).filter((f) => /\.(html|json)$/.test(f));
    expect(checked.length).toBeGreaterThan(codes.length * 10);
    const promising = checked.filter((f) => ALL_DAY.test(read(f)));
    expect(promising).toEqual([]);
  });

  it.each(['fujian-2021', 'chaozhou-2021', 'sichuan-2021'])('%s: every sub-centre’s page and poster says 7×24 in every language, quoting the document', (id) => {
    let pages = 0;
    for (const code of regionsOf(id)) {
      const api = readDistJson<RegionFile>(`api/v1/regions/${code}.json`);
      for (const line of api.lines.filter((l) => l.verdict === 'subcenter')) {
        expect(line.allDay, `${code} ${line.number}`).toMatch(/7\s*[×*]\s*24/);
        for (const locale of LOCALES) {
          const html = read(`${localeRoot(locale)}${code}/${line.number}/index.html`);
          const verdict = /<p id="verdict"[^>]*>([^<]*)<\/p>/.exec(html)![1]!;
          expect(verdict, `${locale.code} ${code} ${line.number}`).toMatch(ALL_DAY);
          const quote = locale.data === 'hant' ? toTraditional(line.allDay!) : line.allDay!;
          expect(html, `${locale.code} ${code} ${line.number}`).toContain(quote);
          const poster = read(`${localeRoot(locale)}${code}/${line.number}/poster/index.html`);
          expect(poster, `poster ${locale.code} ${code} ${line.number}`).toMatch(ALL_DAY);
          expect(poster, `poster ${locale.code} ${code} ${line.number}`).toContain(quote);
          pages++;
        }
      }
    }
    expect(pages).toBeGreaterThanOrEqual(15);
  });
});

describe('关于这份清单', () => {
  const heading = { hans: '关于这份清单', hant: toTraditional('关于这份清单'), latin: 'About this list' } as const;

  it.each(lists.map((l) => [l.source.id, l] as const))('%s: on every region page of the list, in every language, with its rules and the document’s link', (id, list) => {
    const codes = regionsOf(id);
    expect(codes).toContain(list.region);
    for (const code of codes) {
      for (const locale of LOCALES) {
        const html = read(`${localeRoot(locale)}${code}/index.html`);
        const where = `${locale.code} ${code}`;
        expect(html, where).toContain(`>${heading[locale.data]}</h2>`);
        for (const rule of list.rules) expect(html, where).toContain(locale.data === 'hant' ? toTraditional(rule.text) : rule.text);
        expect(html, where).toContain(`href="/${localeRoot(locale)}sources/${id}/"`);
      }
    }
  });

  it('the general rules the issue names are there', () => {
    const page = (code: string) => read(`${code}/index.html`);
    expect(page('350500')).toContain('尚未在 12345 热线平台开通办理节点的部门，应于 2021 年 12 月 30 日前开通办理节点');
    expect(page('220000')).toContain('引导其他热线逐步退出，尽快实现一个号码服务');
    for (const mode of ['整体并入 ：', '双号并行 ：', '设分中心 ：']) expect(page('445100')).toContain(mode);
  });

  it('is not on a region page without a list', () => {
    const none = regions.find((r) => r.list === 'none')!;
    expect(read(`${none.code}/index.html`)).not.toContain(heading.hans);
  });
});
