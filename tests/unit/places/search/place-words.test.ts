import { describe, expect, it } from 'vitest';
import { isPlaceWord, placeNameKind } from '../../../../src/lib/places/search/place-words.ts';

describe('placeNameKind', () => {
  it('knows a zone, island, town or village by its end', () => {
    for (const q of ['洋浦经济开发区', '两江新区', '永兴岛', '黄岩岛', '杨凌示范区', '某某镇', '张家村', '横琴合作区', '某某街道', '普陀山', '鄱阳湖']) expect(placeNameKind(q), q).toBe('zone');
  });

  it('knows a county-level name by its level word', () => {
    for (const q of ['火星区', '某某县', '某某市', '某某旗']) expect(placeNameKind(q), q).toBe('county');
  });

  it('leaves words and questions alone: too short before the ending, or not a name at all', () => {
    for (const q of ['城镇', '乡镇', '小区', '公积金', '噪音扰民', '社保', '12369', 'yangpu', '城市']) expect(placeNameKind(q), q).toBe(null);
  });
});

describe('isPlaceWord', () => {
  it('is true for what ends another kind of place after a county\'s name, false for a question', () => {
    expect(isPlaceWord('岛', true)).toBe(true);
    expect(isPlaceWord('新区', true)).toBe(true);
    expect(isPlaceWord('工业园区', true)).toBe(true);
    expect(isPlaceWord('公积金', true)).toBe(false);
    expect(isPlaceWord('', true)).toBe(false);
    expect(isPlaceWord('12369', true)).toBe(false);
    expect(isPlaceWord('山', true)).toBe(true); // 普陀山
    expect(isPlaceWord('湖', true)).toBe(true); // 松山湖
  });

  it('is true for a level alone after any name (龙海市, 襄阳区: former names), a zone\'s word only after a county\'s', () => {
    for (const level of ['市', '区', '县', '旗']) {
      expect(isPlaceWord(level, true), level).toBe(true);
      expect(isPlaceWord(level, false), level).toBe(true);
    }
    expect(isPlaceWord('新区', false)).toBe(false); // 福州新区: the city, and the rest
    expect(isPlaceWord('市场', false)).toBe(false);
  });
});
