import { levelOf, type PlaceEntry } from '../places/search/places.ts';

/** A region as the home page knows it before the place data arrives: precached, for the remembered region and each result's detail. */
export interface RegionEntry {
  code: string;
  /** 泉州市: what a query is matched against, in simplified characters. */
  name: string;
  /** The name as the page's language shows it: 泉州市, or Quanzhou. */
  label: string;
  /** quanzhoushi */
  pinyin: string;
  /** qzs */
  initials: string;
  /** What the site knows there, in a few words. */
  detail: string;
}

/** The regions' data file, /search/regions.json (/en/search/regions.json…). */
export interface RegionFile {
  regions: RegionEntry[];
  /** Traditional → simplified pairs of the names' characters: '廣广' (readT2S). */
  t2s: string;
}

/**
 * The regions as the place search compares them until the place data
 * arrives (or offline, without it): by full name and its pinyin and initials.
 * @example regionPlaces(file)[0] // { code: '110000', region: '110000', level: 'province', names: ['北京市'], pinyin: ['beijingshi'], … }
 */
export function regionPlaces(file: RegionFile): PlaceEntry[] {
  return file.regions.map((r) => ({
    code: r.code,
    region: r.code,
    level: levelOf(r.code),
    name: r.name,
    label: r.label,
    names: [r.name],
    pinyin: [r.pinyin],
    initials: [r.initials],
  }));
}
