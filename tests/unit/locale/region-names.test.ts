import { describe, expect, test } from 'vitest';
import { directCountiesOf, distinctLatinNames, latinRegionName } from '../../../src/lib/locale/region-names.ts';
import { allRegions } from '../../../src/lib/places/regions.ts';

const places = allRegions().filter((r) => directCountiesOf(r.name) === null);
const latin = new Map(places.map((r) => [r.code, latinRegionName(r.name)]));

describe('latinRegionName', () => {
  test.each([
    ['泉州市', 'Quanzhou'],
    ['福建省', 'Fujian'],
    ['潮州市', 'Chaozhou'],
    ['四川省', 'Sichuan'],
    ['吉林省', 'Jilin'],
    ['吉林市', 'Jilin'],
    ['北京市', 'Beijing'],
    ['重庆市', 'Chongqing'],
    ['广西壮族自治区', 'Guangxi'],
    ['新疆维吾尔自治区', 'Xinjiang'],
    ['宁夏回族自治区', 'Ningxia'],
    ['西藏自治区', 'Xizang'],
    ['内蒙古自治区', 'Neimenggu'],
  ])('a province or city is known by the bare name: %s → %s', (name, expected) => {
    expect(latinRegionName(name)).toBe(expected);
  });

  test.each([
    ['延边朝鲜族自治州', 'Yanbian Prefecture'],
    ['恩施土家族苗族自治州', 'Enshi Prefecture'],
    ['阿坝藏族羌族自治州', 'Aba Prefecture'],
    ['海西蒙古族藏族自治州', 'Haixi Prefecture'],
    ['博尔塔拉蒙古自治州', "Bo'ertala Prefecture"],
    ['克孜勒苏柯尔克孜自治州', 'Kezilesu Prefecture'],
    ['德宏傣族景颇族自治州', 'Dehong Prefecture'],
    ['伊犁哈萨克自治州', 'Yili Prefecture'],
    ['大理白族自治州', 'Dali Prefecture'],
    ['喀什地区', 'Kashi Prefecture'],
    ['大兴安岭地区', "Daxing'anling Prefecture"],
    ['锡林郭勒盟', 'Xilinguole League'],
    ['兴安盟', "Xing'an League"],
    ['阿拉善盟', 'Alashan League'],
  ])('a non-city prefecture keeps its level, not its peoples: %s → %s', (name, expected) => {
    expect(latinRegionName(name)).toBe(expected);
  });

  test.each([
    ['西安市', "Xi'an"],
    ['六安市', "Lu'an"],
    ['吉安市', "Ji'an"],
    ['泰安市', "Tai'an"],
    ['雅安市', "Ya'an"],
    ['淮安市', "Huai'an"],
    ['广安市', "Guang'an"],
    ['延安市', "Yan'an"],
    ['马鞍山市', "Ma'anshan"],
    ['哈尔滨市', "Ha'erbin"],
    ['普洱市', "Pu'er"],
    ['鄂州市', 'Ezhou'],
    ['安阳市', 'Anyang'],
  ])('marks a syllable break before a, o or e, never at the start: %s → %s', (name, expected) => {
    expect(latinRegionName(name)).toBe(expected);
  });

  test.each([
    ['吕梁市', 'Lüliang'],
    ['长春市', 'Changchun'],
    ['长治市', 'Changzhi'],
    ['蚌埠市', 'Bengbu'],
    ['乐山市', 'Leshan'],
    ['亳州市', 'Bozhou'],
    ['儋州市', 'Danzhou'],
    ['濮阳市', 'Puyang'],
    ['漯河市', 'Luohe'],
    ['丽水市', 'Lishui'],
    ['丽江市', 'Lijiang'],
    ['朝阳市', 'Chaoyang'],
    ['济南市', 'Jinan'],
    ['昌都市', 'Changdu'],
    ['日喀则市', 'Rikaze'],
  ])('reads polyphonic characters as the place name does: %s → %s', (name, expected) => {
    expect(latinRegionName(name)).toBe(expected);
  });

  test('tells 陕西 from 山西 the way official usage does', () => {
    expect(latinRegionName('陕西省')).toBe('Shaanxi');
    expect(latinRegionName('山西省')).toBe('Shanxi');
  });

  test('refuses a direct-county group rather than romanising bureaucratic text', () => {
    expect(() => latinRegionName('河南省-省直辖县级行政区划')).toThrow(/directCountiesOf/);
  });
});

describe('directCountiesOf', () => {
  test('names the province of each direct-county group in the dataset, and only those', () => {
    const groups = allRegions().flatMap((r) => {
      const province = directCountiesOf(r.name);
      return province === null ? [] : [[r.name, province, latinRegionName(province)]];
    });
    expect(groups).toEqual([
      ['河南省-省直辖县级行政区划', '河南省', 'Henan'],
      ['湖北省-省直辖县级行政区划', '湖北省', 'Hubei'],
      ['海南省-省直辖县级行政区划', '海南省', 'Hainan'],
      ['新疆维吾尔自治区-自治区直辖县级行政区划', '新疆维吾尔自治区', 'Xinjiang'],
    ]);
  });

  test('the province it names is the parent region, so the caller can look it up', () => {
    const byCode = new Map(allRegions().map((r) => [r.code, r]));
    for (const r of allRegions()) {
      const province = directCountiesOf(r.name);
      if (province !== null) expect(byCode.get(r.parent ?? '')?.name).toBe(province);
    }
  });

  test('is null for an ordinary name', () => {
    expect(directCountiesOf('泉州市')).toBeNull();
    expect(directCountiesOf('新疆维吾尔自治区')).toBeNull();
  });
});

describe('every region in the dataset', () => {
  test('gets one capitalised pinyin word, plus the level for non-city prefectures', () => {
    const shape = /^[A-Z][a-zü]*(?:'[aoe][a-zü]*)*(?: (?:Prefecture|League))?$/;
    const misshapen = places.filter((r) => !shape.test(latin.get(r.code) ?? ''));
    expect(misshapen.map((r) => `${r.name} → ${latin.get(r.code)}`)).toEqual([]);
  });

  test('keeps the level exactly where the dataset name has 自治州, 地区 or 盟', () => {
    for (const r of places) {
      const out = latin.get(r.code) ?? '';
      expect(out.endsWith(' Prefecture'), r.name).toBe(/(?:自治州|地区)$/.test(r.name));
      expect(out.endsWith(' League'), r.name).toBe(r.name.endsWith('盟'));
    }
  });

  test('romanises no administrative suffix or ethnic group', () => {
    const leftovers = /zizhi|sheng$|diqu|meng(?: |$)|zu(?: |$)|weiwu|hasake|ke'erkezi|menggu(?!$)/i;
    const offenders = places.filter((r) => leftovers.test(latin.get(r.code) ?? ''));
    expect(offenders.map((r) => `${r.name} → ${latin.get(r.code)}`)).toEqual([]);
  });

  test('reads the same without its 市 or 省, so the suffix is dropped, not romanised', () => {
    for (const r of places) {
      const bare = r.name.replace(/[市省]$/, '');
      if (bare !== r.name) expect(latinRegionName(bare), r.name).toBe(latin.get(r.code));
    }
  });

  test('is told apart from the other prefectures of its province', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const r of places) {
      const key = `${r.parent ?? 'province'}|${latin.get(r.code)}`;
      const other = seen.get(key);
      if (other !== undefined) clashes.push(`${other} / ${r.name} → ${latin.get(r.code)}`);
      seen.set(key, r.name);
    }
    expect(clashes).toEqual([]);
  });

  test('gives every province its own name', () => {
    const provinces = places.filter((r) => r.level === 'province').map((r) => latin.get(r.code));
    expect(provinces).toHaveLength(31);
    expect(new Set(provinces).size).toBe(provinces.length);
  });
});

describe('distinctLatinNames', () => {
  const every = places.map((r) => ({ code: r.code, latin: latin.get(r.code)!, level: r.level, province: r.parent && latin.get(r.parent)! }));
  const distinct = distinctLatinNames(every);

  test('tells shared names apart by level, or by province where the level is the same, and leaves the rest alone', () => {
    expect(distinct.get('220000')).toBe('Jilin Province');
    expect(distinct.get('220200')).toBe('Jilin City');
    expect([distinct.get('320500'), distinct.get('341300')]).toEqual(['Suzhou, Jiangsu', 'Suzhou, Anhui']);
    expect(distinct.get('350500')).toBe('Quanzhou');
  });

  test('leaves no two regions of the dataset with one English name', () => {
    const names = [...distinct.values()];
    expect(names.length).toBe(places.length);
    expect(new Set(names).size).toBe(names.length);
  });
});
