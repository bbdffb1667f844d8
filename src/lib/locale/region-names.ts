import { customPinyin, pinyin } from 'pinyin-pro';
import { nameParts } from '../places/place-names.ts';
import { romanised } from './romanise.ts';

// Only readings pinyin-pro 3.29 gets wrong, found by reading every output:
// 喀什 comes out "kā shén" (什 as in 什么), and 昌都 alone "chāng dōu" (都 as in
// 都是, though 昌都市 comes out right); the places are Kāshí and Chāngdū.
// customPinyin is global to pinyin-pro, so the search index built in the same
// process gets the same corrections — wanted, they are the same place names.
customPinyin({ 喀什: 'kā shí', 昌都: 'chāng dū' });
// The same for county-level names, each read as its place is (单县 is Shàn, 乐亭 Lào,
// 万柏林 Wànbǎilín); whole names, so that 单 stays dān in 单位 for the hotline search.
customPinyin({
  大城县: 'dà chéng xiàn', 万柏林区: 'wàn bǎi lín qū', 乐亭县: 'lào tíng xiàn', 蚌山区: 'bèng shān qū', 单县: 'shàn xiàn', 泌阳县: 'bì yáng xiàn',
  民乐县: 'mín lè xiàn', 阿图什市: 'ā tú shí shì', 浚县: 'xùn xiàn', 尉犁县: 'yù lí xiàn', 六合区: 'lù hé qū', 歙县: 'shè xiàn', 蔚县: 'yù xiàn',
  乐清市: 'yuè qīng shì', 涡阳县: 'guō yáng xiàn', 黄陂区: 'huáng pí qū', 筠连县: 'jūn lián xiàn', 曾都区: 'zēng dū qū',
});

/** 都 in a place name is dū (成都, 花都, 宁都); pinyin-pro reads it dōu (都是) wherever it has no word for the name. */
const PLACE_READINGS: ReadonlyMap<string, string> = new Map([['都', 'du']]);

/**
 * 陕西 and 山西 differ only in tone (Shǎnxī, Shānxī), so toneless pinyin would give
 * both "Shanxi". The state-approved spelling for 陕西 is "Shaanxi" (used by the
 * provincial government and ISO 3166-2 CN-SN) precisely to keep them apart; it is
 * a spelling convention, not a reading, so customPinyin cannot express it.
 */
const SPELLING_EXCEPTIONS: ReadonlyMap<string, string> = new Map([['陕西', 'Shaanxi']]);

const DIRECT_COUNTIES = /^(\p{Script=Han}+)-\p{Script=Han}*直辖县级行政区划$/u;

/**
 * The province of a dataset entry that groups its directly administered counties, else null.
 * @example directCountiesOf('河南省-省直辖县级行政区划') // '河南省'
 */
export function directCountiesOf(name: string): string | null {
  return DIRECT_COUNTIES.exec(name)?.[1] ?? null;
}

/**
 * A region's name in Latin script, from its dataset name: 泉州市 → Quanzhou. Build time only (pinyin-pro is large).
 * Throws for direct-county groups (河南省-省直辖县级行政区划): check directCountiesOf first.
 * @example latinRegionName('延边朝鲜族自治州') // 'Yanbian Prefecture'
 */
export function latinRegionName(name: string): string {
  if (directCountiesOf(name) !== null) {
    throw new RangeError(`${name} is not a place but a group of counties; render it via directCountiesOf`);
  }
  return latinName(name);
}

/**
 * A county-level division's name in Latin script: the base romanised, its level
 * in English (晋江市 → Jinjiang, 武侯区 → Wuhou District, 长白朝鲜族自治县 → Changbai County).
 * Build time only.
 * @param code its six-digit code, which tells a district from a county (万柏林区 is a district, 神农架林区 a forestry district)
 * @example latinPlaceName('郫都区', '510117') // 'Pidu District'
 */
export const latinPlaceName = (name: string, code: string) => latinName(name, code);

function latinName(name: string, code?: string): string {
  const { base, en } = nameParts(name, code);
  if (!/^\p{Script=Han}+$/u.test(base)) throw new RangeError(`cannot romanise name ${name}`);
  // Read whole, so the level gives the context (单县), then the base's syllables kept.
  const syllables = placeSyllables(name).slice(0, [...base].length);
  // A zone's name can start with its city's (唐山市汉沽管理区): each part is a word.
  const words: string[][] = [[]];
  [...base].forEach((c, i) => (c === '市' && i >= 2 && i < base.length - 1 ? words.push([]) : words.at(-1)!.push(syllables[i]!)));
  return (words.length === 1 ? SPELLING_EXCEPTIONS.get(base) : undefined) ?? words.map(romanised).join(' ') + en;
}

/**
 * The syllables of a place's name without tones, ü written ü, each as the place is read.
 * Build time only; the search spells place names with them too.
 * @example placeSyllables('郫都区') // ['pi', 'du', 'qu']
 */
export function placeSyllables(name: string): string[] {
  const syllables = pinyin(name, { toneType: 'none', type: 'array' });
  return [...name].map((c, i) => PLACE_READINGS.get(c) ?? syllables[i] ?? c);
}

/** A region as its Latin name is told apart: its name in Latin script, its level, and its province's Latin name. */
export interface LatinName {
  code: string;
  latin: string;
  level: 'province' | 'city' | 'county';
  province: string | null;
}

/**
 * Latin names that several regions share, told apart so a citizen can choose: by level where the
 * levels differ (吉林省 and 吉林市: Jilin Province, Jilin City), else by province (苏州市 and 宿州市:
 * Suzhou, Jiangsu and Suzhou, Anhui). A name no other region has stays as it is.
 * @example distinctLatinNames([{ code: '220000', latin: 'Jilin', level: 'province', province: null }, { code: '220200', latin: 'Jilin', level: 'city', province: 'Jilin' }])
 * // Map { '220000' => 'Jilin Province', '220200' => 'Jilin City' }
 */
export function distinctLatinNames(names: readonly LatinName[]): Map<string, string> {
  const shared = new Map<string, LatinName[]>();
  for (const n of names) shared.set(n.latin, [...(shared.get(n.latin) ?? []), n]);
  const LEVEL = { province: 'Province', city: 'City', county: 'County' } as const;
  return new Map(
    names.map((n) => {
      const same = shared.get(n.latin)!;
      if (same.length === 1) return [n.code, n.latin];
      const levelsDiffer = same.some((o) => o.level !== n.level);
      return [n.code, levelsDiffer || !n.province ? `${n.latin} ${LEVEL[n.level]}` : `${n.latin}, ${n.province}`];
    }),
  );
}
