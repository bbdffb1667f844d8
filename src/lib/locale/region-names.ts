import { customPinyin, pinyin } from 'pinyin-pro';

// Only readings pinyin-pro 3.29 gets wrong, found by reading every output:
// 喀什 comes out "kā shén" (什 as in 什么), and 昌都 alone "chāng dōu" (都 as in
// 都是, though 昌都市 comes out right); the places are Kāshí and Chāngdū.
// customPinyin is global to pinyin-pro, so the search index built in the same
// process gets the same corrections — wanted, they are the same place names.
customPinyin({ 喀什: 'kā shí', 昌都: 'chāng dū' });

/**
 * The dataset names autonomous areas after their titular peoples
 * (延边朝鲜族自治州, 博尔塔拉蒙古自治州); English drops them. Written as the dataset
 * writes them, 族 included or not, because without 族 a single character (藏, 回)
 * could not be told apart from part of the place name (西藏).
 */
const ETHNIC_GROUPS = [
  '白族', '布依族', '朝鲜族', '傣族', '侗族', '哈尼族', '哈萨克', '回族', '景颇族', '柯尔克孜',
  '傈僳族', '蒙古', '蒙古族', '苗族', '羌族', '土家族', '维吾尔', '彝族', '藏族', '壮族',
] as const;

/**
 * Administrative suffixes, longest first, and the English level kept for each.
 * Provinces and cities are known by the bare name (Fujian, Quanzhou); non-city
 * prefectures keep their level, as English-language gazetteers do.
 */
const SUFFIXES: readonly { zh: string; en: string; autonomous: boolean }[] = [
  { zh: '自治区', en: '', autonomous: true },
  { zh: '自治州', en: ' Prefecture', autonomous: true },
  { zh: '地区', en: ' Prefecture', autonomous: false },
  { zh: '盟', en: ' League', autonomous: false },
  { zh: '省', en: '', autonomous: false },
  { zh: '市', en: '', autonomous: false },
];

/** No place name is a single character, so 内蒙古 keeps its 蒙古. */
const SHORTEST_PLACE_NAME = 2;

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
  const suffix = SUFFIXES.find((s) => name.endsWith(s.zh) && name.length - s.zh.length >= SHORTEST_PLACE_NAME);
  let base = suffix ? name.slice(0, -suffix.zh.length) : name;
  if (suffix?.autonomous) base = withoutEthnicGroups(base);
  if (!/^\p{Script=Han}+$/u.test(base)) throw new RangeError(`cannot romanise region name ${name}`);
  return (SPELLING_EXCEPTIONS.get(base) ?? romanise(base)) + (suffix?.en ?? '');
}

function withoutEthnicGroups(base: string): string {
  let rest = base;
  for (;;) {
    const group = ETHNIC_GROUPS.find((g) => rest.endsWith(g) && rest.length - g.length >= SHORTEST_PLACE_NAME);
    if (!group) break;
    rest = rest.slice(0, -group.length);
  }
  // A leftover 族 means a people missing from ETHNIC_GROUPS; fail the build rather than print "Zu".
  if (rest.endsWith('族')) throw new RangeError(`unknown ethnic group in ${base}; add it to ETHNIC_GROUPS`);
  return rest;
}

/** Hanyu Pinyin orthography: one word, no tones, ü kept, ' before a non-initial a/o/e syllable (Xi'an). */
function romanise(han: string): string {
  const syllables = pinyin(han, { toneType: 'none', type: 'array' });
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
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
