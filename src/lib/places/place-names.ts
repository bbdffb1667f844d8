/**
 * A division's name as its parts: the name a citizen says (晋江, 长白), and the
 * level the dataset writes after it (市, 朝鲜族自治县) with its English word.
 * Pure: the build romanises the base (region-names.ts) and the search matches it.
 */
export interface NameParts {
  /** The name without its level or titular peoples: 晋江市 → 晋江, 长白朝鲜族自治县 → 长白. */
  base: string;
  /** What follows the base in the dataset name: 市, 朝鲜族自治县; '' when nothing was taken off. */
  level: string;
  /** The level in English, with its leading space (' County'); '' for provinces and cities, known by the bare name. */
  en: string;
}

interface Suffix {
  zh: string;
  en: string;
  /** Named after its peoples (延边朝鲜族自治州): English drops them, as it drops 自治. */
  autonomous?: boolean;
  /** The fewest characters the base keeps: 2 where one would misread the name (清新区 is 清新, not 清 New Area; 芒市 is Mangshi). */
  min?: number;
}

/**
 * Levels of provinces and prefectures, longest first. Provinces and cities are
 * known by the bare name (Fujian, Quanzhou); non-city prefectures keep their
 * level, as English-language gazetteers do.
 */
const REGION_SUFFIXES: readonly Suffix[] = [
  { zh: '自治区', en: '', autonomous: true },
  { zh: '自治州', en: ' Prefecture', autonomous: true },
  { zh: '地区', en: ' Prefecture' },
  { zh: '盟', en: ' League' },
  { zh: '省', en: '' },
  { zh: '市', en: '' },
].map((s) => ({ ...s, min: 2 }));

/**
 * Levels of county-level divisions, longest first, by the kind GB/T 2260's last
 * two digits give: 01–20 districts, 21–80 counties (县, 旗, 林区), 81–99
 * county-level cities, and 71–79 in the statistics codes the dataset also
 * carries: development and administrative zones. The kind matters where a name
 * only looks like a level: 万柏林区 is a district of 太原, 神农架林区 a forestry
 * county. Districts can be named after a people too (管城回族区). A province's directly administered cities are numbered 01–20 too
 * (仙桃市 429004), so the other kinds' levels are tried after the code's own.
 */
const DISTRICT_SUFFIXES: readonly Suffix[] = [{ zh: '新区', en: ' New Area', min: 2 }, { zh: '特区', en: ' Special District' }, { zh: '区', en: ' District', autonomous: true }];
const COUNTY_SUFFIXES: readonly Suffix[] = [
  { zh: '自治县', en: ' County', autonomous: true },
  { zh: '自治旗', en: ' Banner', autonomous: true },
  { zh: '林区', en: ' Forestry District' },
  { zh: '县', en: ' County' },
  { zh: '旗', en: ' Banner' },
];
const CITY_SUFFIXES: readonly Suffix[] = [{ zh: '市', en: '', min: 2 }];
const ZONE_SUFFIXES: readonly Suffix[] = [
  { zh: '高新技术产业开发区', en: ' High-tech Zone' },
  { zh: '高新技术开发区', en: ' High-tech Zone' },
  { zh: '经济技术开发区', en: ' Economic and Technological Development Zone' },
  { zh: '经济开发区', en: ' Economic Development Zone' },
  { zh: '开发区', en: ' Development Zone' },
  { zh: '产业园区', en: ' Industrial Park' },
  { zh: '园区', en: ' Park' },
  { zh: '综合保税区', en: ' Bonded Zone' },
  { zh: '保税区', en: ' Bonded Zone' },
  { zh: '示范区', en: ' Demonstration Zone' },
  { zh: '实验区', en: ' Pilot Zone' },
  { zh: '管理区', en: ' Administrative Area' },
  { zh: '管委会', en: ' Administrative Area' },
  { zh: '新城', en: ' New Town' },
  { zh: '新区', en: ' New Area' },
  { zh: '区', en: ' Zone' },
];
/** The islands of 三沙, whose dataset names are not of a level: 中沙群岛的岛礁及其海域. */
const ISLAND_SUFFIXES: readonly Suffix[] = [
  { zh: '群岛的岛礁及其海域', en: ' Islands' },
  { zh: '群岛', en: ' Islands' },
  { zh: '行政委员会', en: ' Administrative Area' },
  { zh: '管委会', en: ' Administrative Area' },
  { zh: '新城', en: ' New Town' },
];

/**
 * The peoples autonomous areas are named after (延边朝鲜族自治州, 长白朝鲜族自治县),
 * written as the dataset writes them, 族 included or not: without 族 a single
 * character (藏, 回) could not be told apart from part of the place name (西藏).
 */
const ETHNIC_GROUPS = [
  '白族', '保安族', '布朗族', '布依族', '朝鲜族', '达斡尔族', '傣族', '东乡族', '侗族', '独龙族', '鄂伦春', '鄂温克族', '各族', '仡佬族',
  '哈尼族', '哈萨克', '哈萨克族', '回族', '景颇族', '柯尔克孜', '拉祜族', '黎族', '傈僳族', '满族', '毛南族', '蒙古', '蒙古族', '苗族', '仫佬族',
  '纳西族', '怒族', '普米族', '羌族', '撒拉族', '畲族', '水族', '塔吉克', '土家族', '土族', '佤族', '维吾尔', '锡伯', '瑶族', '彝族', '裕固族',
  '藏族', '壮族',
] as const;

/** No place name is a single character, so 内蒙古 keeps its 蒙古 and 东乡族自治县 is Dongxiang. */
const SHORTEST_PLACE_NAME = 2;

/** The levels to try for a six-digit code's division, its own kind's first (see DISTRICT_SUFFIXES). */
function suffixesOf(code: string | undefined): readonly Suffix[] {
  if (code === undefined || code.endsWith('00')) return REGION_SUFFIXES;
  const n = Number(code.slice(4));
  const own = n <= 20 ? DISTRICT_SUFFIXES : isZone(code) ? ZONE_SUFFIXES : n >= 81 ? CITY_SUFFIXES : COUNTY_SUFFIXES;
  return [...own, ...CITY_SUFFIXES, ...COUNTY_SUFFIXES, ...DISTRICT_SUFFIXES, ...ISLAND_SUFFIXES];
}

/**
 * Splits a dataset name into the name a citizen says and its level. A county's
 * level comes off even a one-character name (赵县 → 赵, Zhao County), a
 * province's or prefecture's only where two are left (内蒙古自治区 keeps its
 * 蒙古), titular peoples only where two are left: spokenName decides whether a
 * base is a name of its own.
 * @param code the division's six-digit code, which tells a district from a county; leave out for a province or prefecture
 * @example nameParts('长白朝鲜族自治县', '220623') // { base: '长白', level: '朝鲜族自治县', en: ' County' }
 * @example nameParts('泉州市') // { base: '泉州', level: '市', en: '' }
 */
export function nameParts(name: string, code?: string): NameParts {
  const suffix = suffixesOf(code).find((s) => name.endsWith(s.zh) && [...name].length - [...s.zh].length >= (s.min ?? 1));
  if (!suffix) return { base: name, level: '', en: '' };
  let base = name.slice(0, -suffix.zh.length);
  if (suffix.autonomous) base = withoutEthnicGroups(base);
  return { base, level: name.slice(base.length), en: suffix.en };
}

/** A development or administrative zone (71–79): its name without the level is its city's (合肥高新技术产业开发区 → 合肥). */
const isZone = (code: string | undefined) => code !== undefined && /^\d{4}7\d$/.test(code);

/**
 * The name without its level, where that is still a name of this place (two
 * characters or more, and not a zone's city): what a citizen types for 晋江市
 * or 郫都区; null for 赵县, whose 赵 alone names no place.
 * @example spokenName('郫都区', '510117') // '郫都'
 */
export function spokenName(name: string, code?: string): string | null {
  if (isZone(code)) return null;
  const { base } = nameParts(name, code);
  return base !== name && [...base].length >= SHORTEST_PLACE_NAME ? base : null;
}

function withoutEthnicGroups(base: string): string {
  let rest = base;
  for (;;) {
    const group = ETHNIC_GROUPS.find((g) => rest.endsWith(g) && rest.length - g.length >= SHORTEST_PLACE_NAME);
    if (!group) break;
    rest = rest.slice(0, -group.length);
  }
  // Named after one people only (东乡族自治县): the place is called by that people's name.
  const people = ETHNIC_GROUPS.find((g) => rest === g);
  if (people) rest = people.replace(/族$/, '');
  // A leftover 族 means a people missing from ETHNIC_GROUPS; fail the build rather than print "Zu".
  if (rest.endsWith('族')) throw new RangeError(`unknown ethnic group in ${base}; add it to ETHNIC_GROUPS`);
  return rest;
}
