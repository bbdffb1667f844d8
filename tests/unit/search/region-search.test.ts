import { describe, expect, it } from 'vitest';
import { createRegionSearch, type RegionEntry } from '../../../src/lib/search/region-search.ts';

const region = (code: string, name: string, province: string, pinyin: string, initials: string): RegionEntry => ({
  code, name, province, label: name, provinceLabel: province, pinyin, initials, detail: '',
});
const regions = [
  region('350000', '福建省', '', 'fujiansheng', 'fjs'),
  region('350200', '厦门市', '福建省', 'xiamenshi', 'xms'),
  region('350500', '泉州市', '福建省', 'quanzhoushi', 'qzs'),
  region('445100', '潮州市', '广东省', 'chaozhoushi', 'czs'),
  region('330800', '衢州市', '浙江省', 'quzhoushi', 'qzs'),
];
const search = createRegionSearch(regions, { 廈: '厦', 門: '门' });
const names = (q: string) => search(q).map((r) => r.name);

describe('createRegionSearch', () => {
  it('finds by name, names beginning with the query first', () => {
    expect(names('泉州')).toEqual(['泉州市']);
    expect(names('州')).toEqual(['泉州市', '潮州市', '衢州市']);
  });

  it('finds by pinyin and initials', () => {
    expect(names('quanzhou')).toEqual(['泉州市']);
    expect(names('qz')).toEqual(['泉州市', '衢州市']);
  });

  it('finds prefectures by their province', () => {
    expect(names('福建')).toEqual(['福建省', '厦门市', '泉州市']);
  });

  it('reads traditional characters and full-width letters', () => {
    expect(names('廈門')).toEqual(['厦门市']);
    expect(names('ＸＩＡＭＥＮ')).toEqual(['厦门市']);
  });

  it('returns nothing for an empty or odd query', () => {
    expect(search('')).toEqual([]);
    expect(search('🙂')).toEqual([]);
  });
});
