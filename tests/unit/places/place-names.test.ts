import { describe, expect, it } from 'vitest';
import { nameParts, spokenName } from '../../../src/lib/places/place-names.ts';

describe('nameParts', () => {
  it.each([
    ['晋江市', '350582', '晋江', '市', ''],
    ['武侯区', '510107', '武侯', '区', ' District'],
    ['长白朝鲜族自治县', '220623', '长白', '朝鲜族自治县', ' County'],
    ['积石山保安族东乡族撒拉族自治县', '622927', '积石山', '保安族东乡族撒拉族自治县', ' County'],
    ['东乡族自治县', '622926', '东乡', '族自治县', ' County'],
    ['鄂伦春自治旗', '150724', '鄂伦春', '自治旗', ' Banner'],
    ['浦东新区', '310115', '浦东', '新区', ' New Area'],
    ['赵县', '130133', '赵', '县', ' County'],
    ['中沙群岛的岛礁及其海域', '460323', '中沙', '群岛的岛礁及其海域', ' Islands'],
    ['合肥高新技术产业开发区', '340171', '合肥', '高新技术产业开发区', ' High-tech Zone'],
  ])('%s → %s + %s', (name, code, base, level, en) => {
    expect(nameParts(name, code)).toEqual({ base, level, en });
  });

  it('tells a district that only looks like a level from the level, by the code', () => {
    // 万柏林区 is a district of 太原 (09), 神农架林区 a forestry county (21); 清新区 is 清新, a district.
    expect(nameParts('万柏林区', '140109')).toEqual({ base: '万柏林', level: '区', en: ' District' });
    expect(nameParts('神农架林区', '429021')).toEqual({ base: '神农架', level: '林区', en: ' Forestry District' });
    expect(nameParts('清新区', '441803')).toEqual({ base: '清新', level: '区', en: ' District' });
    // A province's directly administered city is numbered like a district.
    expect(nameParts('仙桃市', '429004').base).toBe('仙桃');
  });

  it('keeps two characters of a province or prefecture, and a one-character city whole', () => {
    expect(nameParts('内蒙古自治区').base).toBe('内蒙古');
    expect(nameParts('延边朝鲜族自治州').base).toBe('延边');
    expect(nameParts('芒市', '533103').base).toBe('芒市');
  });

  it('refuses a people it does not know rather than romanise it', () => {
    expect(() => nameParts('某某新族自治县', '999921')).toThrow(/ETHNIC_GROUPS/);
  });
});

describe('spokenName', () => {
  it('is what a citizen says without the level, where that is still a name', () => {
    expect(spokenName('晋江市', '350582')).toBe('晋江');
    expect(spokenName('郫都区', '510117')).toBe('郫都');
    expect(spokenName('泉州市')).toBe('泉州');
    expect(spokenName('赵县', '130133')).toBeNull();
    expect(spokenName('城区', '140302')).toBeNull();
  });

  it('gives a zone none: without its level it is its city', () => {
    expect(spokenName('合肥高新技术产业开发区', '340171')).toBeNull();
  });
});
