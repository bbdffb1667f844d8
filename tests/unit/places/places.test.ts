import { describe, expect, it } from 'vitest';
import { allPlaces, gonePlaces } from '../../../src/lib/places/places.ts';
import { allRegions } from '../../../src/lib/places/regions.ts';
import { latinPlaceName } from '../../../src/lib/locale/region-names.ts';

const regions = allRegions();
const places = allPlaces(regions);
const byName = (name: string) => places.filter((p) => p.name === name);

describe('allPlaces: every county-level division of the dataset', () => {
  it('has each one once, none of the dataset\'s 市辖区 lines, nothing outside the merge', () => {
    // The dataset's 3,004, less the 18 abolished in 2021 that it still lists, and those set up since (白杨市, 2023).
    expect(places.length).toBe(3004 - 18 + 1);
    expect(new Set(places.map((p) => p.code)).size).toBe(places.length);
    expect(byName('市辖区')).toEqual([]);
    expect(places.some((p) => /^(71|81|82)/.test(p.code))).toBe(false);
  });

  it('leads each to its prefecture, a municipality\'s districts to the municipality', () => {
    expect(byName('晋江市')).toEqual([{ code: '350582', name: '晋江市', region: '350500' }]);
    expect(byName('武侯区')[0]?.region).toBe('510100');
    expect(byName('浦东新区')[0]?.region).toBe('310000');
    expect(byName('仙桃市')[0]?.region).toBe('429000');
    expect(places.filter((p) => p.code.startsWith('5002')).every((p) => p.region === '500000')).toBe(true);
  });

  it('leads only to regions the site has pages for, each in its own province', () => {
    const known = new Map(regions.map((r) => [r.code, r]));
    for (const p of places) {
      expect(known.has(p.region), p.code).toBe(true);
      expect(p.region.slice(0, 2), p.code).toBe(p.code.slice(0, 2));
    }
  });

  it('names places as they are today: set up since the dataset, renamed since', () => {
    expect(byName('白杨市')).toEqual([{ code: '659012', name: '白杨市', region: '659000' }]);
    expect(byName('西沙区')).toEqual([{ code: '460321', name: '西沙区', region: '460300' }]);
    expect(byName('南沙区').map((p) => p.region)).toEqual(['440100', '460300']);
    expect(byName('西沙群岛')).toEqual([]);
  });

  it('leaves out divisions abolished since the dataset, which it still lists beside their successors', () => {
    for (const name of ['江干区', '下城区', '龙海市', '偃师市', '孟津县', '吉利区', '沙县', '横县']) expect(byName(name), name).toEqual([]);
    expect(byName('三元区')).toEqual([{ code: '350404', name: '三元区', region: '350400' }]);
    expect(byName('钱塘区')[0]?.region).toBe('330100');
  });

  it('keeps each abolished division with the region that answered for it, so that its old address still works', () => {
    const gone = gonePlaces(regions);
    expect(gone.find((p) => p.code === '330104')).toEqual({ code: '330104', name: '江干区', region: '330100' });
    expect(gone.find((p) => p.code === '350403')).toEqual({ code: '350403', name: '三元区', region: '350400' });
    expect(gone).toHaveLength(18);
    expect(gone.some((g) => places.some((p) => p.code === g.code))).toBe(false);
  });

  it('calls the provinces\' groups of directly administered divisions 省直辖, the region\'s 自治区直辖', () => {
    const groups = regions.filter((r) => r.code.endsWith('9000')).map((r) => r.name);
    expect(groups).toEqual(['河南省-省直辖县级行政区划', '湖北省-省直辖县级行政区划', '海南省-省直辖县级行政区划', '新疆维吾尔自治区-自治区直辖县级行政区划']);
  });

  it('lists a shared name once for each place that has it, never merged', () => {
    expect(byName('鼓楼区').map((p) => p.region)).toEqual(['320100', '320300', '350100', '410200']);
    expect(byName('朝阳区').map((p) => p.region)).toEqual(['110000', '220100']);
  });
});

describe('latinPlaceName', () => {
  it.each([
    ['350582', '晋江市', 'Jinjiang'],
    ['510181', '都江堰市', 'Dujiangyan'],
    ['510117', '郫都区', 'Pidu District'],
    ['510107', '武侯区', 'Wuhou District'],
    ['222401', '延吉市', 'Yanji'],
    ['310115', '浦东新区', 'Pudong New Area'],
    ['371722', '单县', 'Shan County'],
    ['130225', '乐亭县', 'Laoting County'],
    ['220623', '长白朝鲜族自治县', 'Changbai County'],
    ['429021', '神农架林区', 'Shennongjia Forestry District'],
    ['350583', '南安市', "Nan'an"],
    ['130272', '唐山市汉沽管理区', 'Tangshan Hangu Administrative Area'],
  ])('%s %s → %s', (code, name, latin) => {
    expect(latinPlaceName(name, code)).toBe(latin);
  });

  it('romanises every place of the dataset, levels in English, no autonomy or people left in pinyin', () => {
    const odd = places
      .map((p) => [p.name, latinPlaceName(p.name, p.code)] as const)
      .filter(([name, l]) => !/^[A-Z][a-zü']*(?: [A-Za-zü'-]+)*$/.test(l) || /zizhi/i.test(l) || (name.includes('族') && /zu(?: |$)/.test(l)));
    expect(odd).toEqual([]);
  });
});
