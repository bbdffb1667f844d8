import { describe, expect, it } from 'vitest';
import { loadPlaceQueries } from '../../scripts/search-queries.ts';
import { placeQuestion } from '../../scripts/place-queries.ts';
import { readFileSync } from 'node:fs';
import { distDir } from '../support/dist.ts';
import { GONE_DIVISIONS } from '../../src/lib/places/since-dataset.ts';
import { LOCALES, localeRoot } from '../../src/i18n/locales.ts';
import { allRegions } from '../../src/lib/places/regions.ts';
import { allPlaces } from '../../src/lib/places/places.ts';
import { loadPlacesFile } from '../../src/lib/places/content/places.ts';
import { loadFormerNames } from '../../src/lib/places/content/former-names.ts';
import { repoRoot } from '../support/load-fixture.ts';

const queries = loadPlaceQueries();

// Every place query of the query set, in every language, as the home page answers it once its data has settled
// (the browser test asks a sample of them in Chromium): the page each must lead to first, every page of a shared
// name, or nothing — and "not a county-level place" where that is what the query expects.
describe('the place queries of the query set, on the built data', () => {
  it.each(LOCALES.map((l) => [l.code, localeRoot(l)] as const))('all lead where they must, in %s', (_, root) => {
    const ask = placeQuestion(distDir, root);
    const misses = queries.flatMap((query) => {
      const { hrefs, notPlace } = ask(query.q);
      const ok =
        query.expect === 'none'
          ? hrefs.length === 0
          : query.expect === 'not-a-place'
            ? hrefs.length === 0 && notPlace
            : Array.isArray(query.expect)
              ? query.expect.every((e) => hrefs.includes(e))
              : hrefs[0] === query.expect;
      return ok ? [] : [{ q: query.q, expect: query.expect, got: hrefs.slice(0, 5) }];
    });
    expect(misses).toEqual([]);
    expect(queries.length).toBeGreaterThan(350);
  });

  it('leads every former name derived from the code history where it is now, and says what happened when', () => {
    // content/former-names.yaml, each name asked in one language in turn (every language asks a third of them).
    const regions = allRegions();
    const places = allPlaces(regions);
    const divisions = [...regions, ...places];
    const regionOf = new Map(places.map((p) => [p.code, p.region]));
    const hrefOf = (code: string) => (regionOf.has(code) ? `${regionOf.get(code)}/#via-${code}` : `${code}/`);
    const derived = loadFormerNames(repoRoot, divisions, loadPlacesFile(repoRoot, divisions));
    const misses = LOCALES.flatMap((l, k) => {
      const ask = placeQuestion(distDir, localeRoot(l));
      return derived.filter((_, i) => i % LOCALES.length === k).flatMap((f) => {
        const { hrefs, keys } = ask(f.name);
        const ok = f.now.every((code) => hrefs.includes(hrefOf(code))) && keys.some((key) => key.includes(f.date.slice(0, 4)));
        return ok ? [] : [{ locale: l.code, name: f.name, want: f.now.map(hrefOf), got: hrefs.slice(0, 4), keys: keys.slice(0, 2) }];
      });
    });
    expect(misses).toEqual([]);
    expect(derived.length).toBeGreaterThan(300);
  });

  it('says what a former name or a zone is now, in each language', () => {
    const labels = (root: string, q: string) => placeQuestion(distDir, root)(q).keys;
    expect(labels('', '襄樊')[0]).toBe('襄樊市（2010 年更名为襄阳市）');
    expect(labels('zh-hant/', '襄樊')[0]).toBe('襄樊市（2010 年更名為襄陽市）');
    expect(labels('en/', 'xiangfanshi')[0]).toBe('Xiangfan (renamed Xiangyang in 2010)');
    expect(labels('', '江干区')[0]).toBe('江干区（2021 年撤销，今属上城区、钱塘区）');
    expect(labels('en/', 'longhaishi')[0]).toBe('Longhai (renamed Longhai District in 2021)');
    expect(labels('', '洋浦')[0]).toBe('洋浦（国家级经济开发区，属儋州市）');
    expect(labels('', '永兴岛')[0]).toBe('永兴岛（三沙市政府和西沙区政府驻地的岛，属西沙区）');
    // Derived from the code history: the day's year of the decision, or the year of the code table where that is all.
    expect(labels('', '萧山市')[0]).toBe('萧山市（2001 年更名为萧山区）');
    expect(labels('en/', 'xiaoshanshi')[0]).toBe('Xiaoshan (renamed Xiaoshan District in 2001)');
    expect(labels('zh-hant/', '吳縣市')).toEqual(['吳縣市（2000 年撤銷，今屬吳中區、相城區）', '吳縣市（2000 年撤銷，今屬吳中區、相城區）']);
    expect(labels('', '南宁地区')[0]).toBe('南宁地区（2002 年撤销，今属南宁市、崇左市）');
    expect(labels('en/', '南宁地区')[0]).toBe('Nanning Prefecture (abolished in 2002; now part of Nanning, Chongzuo)');
    expect(labels('', '唐海县')[0]).toBe('唐海县（2012 年更名为曹妃甸区）');
  });

  it('keeps the old address of every place abolished since the dataset (330100/#via-330104), saying where it went', () => {
    const note = (page: string, code: string) => new RegExp(`id="via-${code}">([^<]*)<`).exec(readFileSync(`${distDir}${page}/index.html`, 'utf8'))?.[1];
    expect(note('330100', '330104')).toBe('江干区（2021 年撤销，今属上城区、钱塘区）属于杭州市，以下是杭州市的情况');
    expect(note('330100/12369', '330104')).toContain('江干区（2021 年撤销，今属上城区、钱塘区）属于杭州市');
    expect(note('en/350600', '350681')).toContain('Longhai (renamed Longhai District in 2021) is part of Zhangzhou');
    for (const g of GONE_DIVISIONS) expect(note(`${g.code.slice(0, 4)}00`, g.code), g.code).toBeDefined();
  });
});
