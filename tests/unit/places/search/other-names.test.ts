import { describe, expect, it } from 'vitest';
import { createPlaceSearch, placeEntries, type PlaceFile } from '../../../../src/lib/places/search/places.ts';
import { otherEntries, type OtherNamesFile } from '../../../../src/lib/places/search/other-names.ts';
import { askQuestion, wantsOtherNames, type QuestionSources } from '../../../../src/lib/search/question.ts';

// A few divisions as the place data carries them: 襄阳 and its 襄州区, 郴州's 永兴县, 三沙 and its 西沙区, 广州's 南沙区 and 三沙's,
// 大连's 普兰店区 and 阿里's 普兰县.
const file: Pick<PlaceFile, 'places' | 'pinyin' | 'labels'> = {
  places: '210200大连市,14普兰店区,420600襄阳市,07襄州区,431000郴州市,23永兴县,440100广州市,15南沙区,460300三沙市,21西沙区,22南沙区,460400儋州市,542500阿里地区,21普兰县,610100西安市,610400咸阳市',
  labels: { kind: 'name' },
  pinyin: 'dan儋guang广chen郴xi西襄咸xiang襄yang阳yong永xing兴xian县zhou州sha沙san三shi市qu区nan南da大lian连pu普lan兰dian店a阿li里di地',
};
const others: OtherNamesFile = {
  names: [
    { name: '襄樊市', spoken: 2, syllables: 'xiang fan shi', label: '襄樊市（2010 年更名为襄阳市）', to: ['420600'] },
    { name: '襄阳区', spoken: 2, syllables: 'xiang yang qu', label: '襄阳区（2010 年更名为襄州区）', to: ['420607'] },
    { name: '永兴岛', spoken: 3, syllables: 'yong xing dao', label: '永兴岛（岛，属西沙区）', to: ['460321'] },
    { name: '洋浦经济开发区', spoken: 7, syllables: 'yang pu jing ji kai fa qu', label: '洋浦经济开发区（国家级经济开发区，属儋州市）', to: ['460400'] },
    { name: '西咸新区', spoken: 4, syllables: 'xi xian xin qu', label: '西咸新区（国家级新区，跨西安市、咸阳市：这不是县级地名，它在哪个市？）', to: ['610100', '610400'] },
    { name: '普兰店市', spoken: 3, syllables: 'pu lan dian shi', label: '普兰店市（2015 年更名为普兰店区）', to: ['210214'] },
    { name: '不存在', spoken: 3, syllables: 'bu cun zai', label: 'x', to: ['999999'] },
  ],
  t2s: '',
};
const current = placeEntries(file);
const byCode = new Map(current.map((e) => [e.code, e]));
const other = otherEntries(others, (c) => byCode.get(c));
const lines: Record<string, string[]> = { 12369: ['12369'] };
const sourcesOf = (entries: typeof current): QuestionSources<{ key: string; href: string }> => ({
  places: createPlaceSearch(entries),
  place: (code) => byCode.get(code),
  areaCodes: {},
  hotlines: (q) => (lines[q.trim()] ?? []).map((key) => ({ key, href: `/n/${key}/` })),
  numberOf: (h) => h.key,
  answers: () => true,
  t2s: {},
});
const before = sourcesOf(current);
const after = sourcesOf([...current, ...other]);
const shown = (q: string, s = after) => askQuestion(q, s).results.map((r) => (r.kind === 'hotline' ? `n/${r.hotline.key}` : `${r.place.code}${r.kind === 'answer' ? `:${r.number}` : ''} ${r.place.label}`));

describe('otherEntries', () => {
  it('leads each other name to the division it is now, with its label, and drops codes no division has', () => {
    const xiangfan = other.find((e) => e.name === '襄樊市')!;
    expect(xiangfan).toMatchObject({ code: '420600', region: '420600', level: 'city', names: ['襄樊市', '襄樊'], pinyin: ['xiangfanshi', 'xiangfan'], initials: ['xfs', 'xf'] });
    expect(other.find((e) => e.name === '永兴岛')).toMatchObject({ code: '460321', region: '460300', level: 'county' });
    expect(other.filter((e) => e.name === '西咸新区').map((e) => e.region)).toEqual(['610100', '610400']);
    expect(other.some((e) => e.name === '不存在')).toBe(false);
  });
});

describe('the question with other names', () => {
  it('never takes an island for the county its name begins with', () => {
    expect(shown('永兴岛', before)).toEqual([]);
    expect(askQuestion('永兴岛', before).notPlace).toBe(true);
    expect(shown('永兴岛')).toEqual(['460321 永兴岛（岛，属西沙区）']);
  });

  it('finds a former name, says what it is now, and answers for it', () => {
    expect(shown('襄樊')).toEqual(['420600 襄樊市（2010 年更名为襄阳市）']);
    expect(shown('xiangfan')[0]).toBe('420600 襄樊市（2010 年更名为襄阳市）');
    expect(shown('襄樊 12369')).toEqual(['420600:12369 襄樊市（2010 年更名为襄阳市）', '420600 襄樊市（2010 年更名为襄阳市）']);
    expect(shown('襄阳区')).toEqual(['420607 襄阳区（2010 年更名为襄州区）']);
  });

  it('finds a former name whole before a reading of it as a current name and a rest (普兰店市 is not 普兰县 and 店市)', () => {
    // As the page asks: the current names first; the name is not theirs whole, so the other names are fetched.
    expect(shown('普兰店市', before)).toEqual(['542521 普兰县']);
    expect(wantsOtherNames('普兰店市', askQuestion('普兰店市', before), before)).toBe(true);
    expect(shown('普兰店市')).toEqual(['210214 普兰店市（2015 年更名为普兰店区）']);
    expect(shown('普兰店')).toEqual(['210214 普兰店区']);
  });

  it('gives a zone its region, or each region it spans, and no hotline pages before it is known', () => {
    expect(shown('洋浦经济开发区', before)).toEqual([]);
    expect(shown('洋浦经济开发区')).toEqual(['460400 洋浦经济开发区（国家级经济开发区，属儋州市）']);
    expect(shown('西咸新区').map((s) => s.slice(0, 6))).toEqual(['610100', '610400']);
  });

  it('offers every division a current name fits, new ones too: 南沙区 is in 广州 and 三沙', () => {
    expect(shown('南沙区').map((s) => s.slice(0, 6))).toEqual(['440115', '460322']);
  });

  it('says a name we do not know as a county is not one, and sends no hotline pages', () => {
    expect(askQuestion('火星区', after)).toMatchObject({ results: [], notPlace: true });
    expect(askQuestion('某某开发区', after)).toMatchObject({ results: [], notPlace: true });
  });
});
