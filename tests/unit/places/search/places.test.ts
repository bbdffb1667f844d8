import { describe, expect, it } from 'vitest';
import { createPlaceSearch, labeller, placeEntries, placeRows, writePlaceRows, type PlaceFile, type PlaceRow } from '../../../../src/lib/places/search/places.ts';

// A few divisions as the place file writes them; pinyin spelt from the table, 单县 with its own syllables.
const rows: PlaceRow[] = [
  ['320100', '南京市', 2, ''], ['320106', '鼓楼区', 2, ''], ['350000', '福建省', 2, ''], ['350100', '福州市', 2, ''], ['350102', '鼓楼区', 2, ''],
  ['350500', '泉州市', 2, ''], ['350582', '晋江市', 2, ''], ['350583', '南安市', 2, "Nan'an City"], ['370000', '山东省', 2, ''], ['371700', '菏泽市', 2, ''],
  ['371722', '单县', 0, '', 'shan xian'], ['510000', '四川省', 2, ''], ['510100', '成都市', 2, ''], ['510104', '锦江区', 2, ''], ['110000', '北京市', 2, ''], ['110105', '朝阳区', 2, ''],
].map(([code, name, spoken, label, syllables]) => ({ code: String(code), name: String(name), spoken: Number(spoken), label: String(label), syllables: syllables ? String(syllables).split(' ') : [] }));
const file: Pick<PlaceFile, 'places' | 'pinyin' | 'labels'> = {
  places: writePlaceRows(rows),
  labels: { kind: 'latin', levels: { 市: '', 省: '', 区: ' District', 县: ' County' } },
  pinyin: 'an安bei北cheng成chuan川dan单dong东du都fu福gu鼓jian建jiang江jin晋锦jing京lou楼nan南qu区quan泉shan山shi市si四sheng省xian县yang阳ze泽zhao朝zhou州he菏',
};
const entries = placeEntries(file);
const search = createPlaceSearch(entries);
const codes = (text: string, words: string[] = []) => search.find(text, words).map((m) => `${m.place.code}${m.exact ? '' : '?'}`);

describe('the place file\'s rows', () => {
  it('read back as written, codes shortened after the first of a prefecture, only what differs spelt out', () => {
    expect(file.places.startsWith('320100南京市,06鼓楼区,350000福建省,350100福州市,02鼓楼区')).toBe(true);
    expect(file.places).toContain(",83南安市||Nan'an City,");
    expect(file.places).toContain(',22单县|||shan xian,');
    expect(placeRows(file.places)).toEqual(rows);
  });

  it('labels names by the file\'s rule: as written, character by character, or romanised with the level\'s word', () => {
    expect(labeller({ kind: 'name' })({ name: '晋江市', spoken: 2 }, [])).toBe('晋江市');
    expect(labeller({ kind: 'characters', pairs: '晋晉门門' })({ name: '晋江市', spoken: 2 }, [])).toBe('晉江市');
    const latin = labeller({ kind: 'latin', levels: { 市: '', 区: ' District', 县: ' County' } });
    expect(latin({ name: '武侯区', spoken: 2 }, ['wu', 'hou', 'qu'])).toBe('Wuhou District');
    expect(latin({ name: '南安市', spoken: 2 }, ['nan', 'an', 'shi'])).toBe("Nan'an");
    expect(latin({ name: '赵县', spoken: 0 }, ['zhao', 'xian'])).toBe('Zhao County');
    expect(latin({ name: '吕梁市', spoken: 2 }, ['lv', 'liang', 'shi'])).toBe('Lüliang');
  });
});

describe('placeEntries', () => {
  it('spells each name with and without its level, and leads each to its region', () => {
    const jinjiang = entries.find((e) => e.code === '350582')!;
    expect(jinjiang).toMatchObject({ region: '350500', level: 'county', label: 'Jinjiang', names: ['晋江市', '晋江'], pinyin: ['jinjiangshi', 'jinjiang'], initials: ['jjs', 'jj'] });
    expect(entries.find((e) => e.code === '110105')?.region).toBe('110000');
    expect(entries.find((e) => e.code === '371722')).toMatchObject({ names: ['单县'], pinyin: ['shanxian'] });
  });
});

describe('createPlaceSearch', () => {
  it('finds a place by its name, with or without the level, by pinyin, whole first', () => {
    expect(codes('晋江')).toEqual(['350582']);
    expect(codes('晋江市')).toEqual(['350582']);
    expect(codes('jinjiang')).toEqual(['350582', '510104']);
    expect(codes('shanxian')).toEqual(['371722']);
  });

  it('lists every place a shared name fits, never one of them', () => {
    expect(codes('鼓楼区')).toEqual(['320106', '350102']);
    expect(codes('gulou')).toEqual(['320106', '350102']);
  });

  it('finds by the start of a name or pinyin, and by initials, after whole names', () => {
    expect(codes('福')).toEqual([]);
    expect(codes('福建')).toEqual(['350000']);
    expect(codes('quanz')).toEqual(['350500?']);
    expect(codes('qz')).toEqual(['350500?']);
  });

  it('finds each division once, however many of its names fit (a former name beside the current one)', () => {
    const jinjiang = entries.find((e) => e.code === '350582')!;
    // Two other names of 晋江市, as other-names.ts makes them: a former name and a zone's.
    const other = [
      { ...jinjiang, name: '晋江县', label: '晋江县（更名为晋江市）', names: ['晋江县', '晋江'], pinyin: ['jinjiangxian', 'jinjiang'], initials: ['jjx', 'jj'] },
      { ...jinjiang, name: '晋江开发区', label: '晋江开发区（开发区，属晋江市）', names: ['晋江开发区', '晋江'], pinyin: ['jinjiangkaifaqu', 'jinjiang'], initials: ['jjkfq', 'jj'] },
    ];
    const withOthers = createPlaceSearch([...entries, ...other]);
    expect(withOthers.find('晋江', []).map((m) => m.place.label)).toEqual(['Jinjiang']);
    expect(withOthers.exactly('晋江', []).map((p) => p.label)).toEqual(['Jinjiang']);
    expect(withOthers.find('晋江县', []).map((m) => m.place.label)).toEqual(['晋江县（更名为晋江市）']);
    expect(withOthers.find('鼓楼区', []).map((m) => m.place.code)).toEqual(['320106', '350102']);
  });

  it('takes English level words off a Latin name', () => {
    expect(search.exactly('jinjiangdistrict', ['jinjiang', 'district']).map((p) => p.code)).toEqual(['350582', '510104']);
    expect(search.exactly('晋江', []).map((p) => p.code)).toEqual(['350582']);
    expect(search.exactly('晋', [])).toEqual([]);
  });
});
