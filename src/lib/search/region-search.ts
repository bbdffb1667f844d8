import { normaliseQuery, type T2S } from './normalise.ts';

/** A region as the region picker searches it. */
export interface RegionEntry {
  code: string;
  /** 泉州市: what a query is matched against, in simplified characters. */
  name: string;
  /** The province, for prefectures (福建省); empty for a province. */
  province: string;
  /** The name as the page's language shows it: 泉州市, or Quanzhou. */
  label: string;
  /** The province as the page's language shows it. */
  provinceLabel: string;
  /** quanzhoushi */
  pinyin: string;
  /** qzs */
  initials: string;
  /** What the site knows there, in a few words. */
  detail: string;
}

/** The region picker's data file, /search/regions.json (/en/search/regions.json…). */
export interface RegionFile {
  regions: RegionEntry[];
  /** Traditional → simplified pairs of the names' characters: '廣广' (readT2S). */
  t2s: string;
}

/**
 * Finds regions by name or pinyin: names containing the query first, then
 * pinyin or initials beginning with it. 300-odd names need no fuzzy index.
 * @example createRegionSearch(regions, t2s)('quanzhou')[0].name // '泉州市'
 */
export function createRegionSearch(regions: readonly RegionEntry[], t2s: T2S, max = 12): (raw: string) => RegionEntry[] {
  return (raw) => {
    const { text, latin } = normaliseQuery(raw, t2s);
    if (text === '') return [];
    const score = (r: RegionEntry) =>
      latin
        ? r.pinyin.startsWith(text) || r.initials.startsWith(text) ? 1 : r.pinyin.includes(text) ? 2 : 0
        : r.name.startsWith(text) ? 1 : r.name.includes(text) || r.province.startsWith(text) ? 2 : 0;
    return regions
      .map((r) => ({ r, s: score(r) }))
      .filter((x) => x.s > 0)
      .sort((a, b) => a.s - b.s)
      .slice(0, max)
      .map((x) => x.r);
  };
}
