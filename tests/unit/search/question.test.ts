import { describe, expect, it } from 'vitest';
import { createPlaceSearch, placeEntries, type PlaceFile } from '../../../src/lib/places/search/places.ts';
import { askQuestion, wantsOtherNames, type QuestionSources } from '../../../src/lib/search/question.ts';

const file: Pick<PlaceFile, 'places' | 'pinyin' | 'labels'> = {
  places: '320100南京市,06鼓楼区,350100福州市,02鼓楼区,350500泉州市,82晋江市,440100广州市,510100成都市,04锦江区',
  labels: { kind: 'name' },
  pinyin: 'cheng成du都fu福gu鼓guang广jiang江jin晋锦jing京lou楼nan南qu区quan泉shi市zhou州',
};
const entries = placeEntries(file);
// The hotline search as a stub: the numbers a few words find, each linking to /n/{number}/.
const lines: Record<string, string[]> = { 社保: ['12333'], pension: ['12333'], 公积金: ['12329'], 欠薪: ['12333'], 12369: ['12369'], 噪音: ['12369', '12319'] };
const sources: QuestionSources<{ key: string; href: string }> = {
  places: createPlaceSearch(entries),
  place: (code) => entries.find((e) => e.code === code),
  areaCodes: { '0595': ['350500'], '025': ['320100'], '0591': ['350100'], '020': ['440100'], '028': ['510100'] },
  hotlines: (q) => (lines[q.trim()] ?? []).map((key) => ({ key, href: `/n/${key}/` })),
  numberOf: (h) => h.key,
  // 广州 has no list: only 12369, which a national change decides, has a page there.
  answers: (region, number) => region !== '440100' || number === '12369',
  t2s: { 晉: '晋' },
};
const ask = (q: string) => askQuestion(q, sources);
const shown = (q: string) =>
  ask(q).results.map((r) => (r.kind === 'place' ? `${r.place.code}` : r.kind === 'answer' ? `${r.place.code}:${r.number}` : `n/${r.hotline.key}`));

describe('askQuestion', () => {
  it('a place alone: its region page first', () => {
    expect(shown('晋江')).toEqual(['350582']);
    expect(shown('晉江')).toEqual(['350582']);
    expect(shown('泉州')).toEqual(['350500']);
  });

  it('a place with a number or problem: its region\'s answer first, then the place', () => {
    expect(shown('晋江 12369')).toEqual(['350582:12369', '350582']);
    expect(shown('晋江12369')).toEqual(['350582:12369', '350582']);
    expect(shown('泉州 公积金')).toEqual(['350500:12329', '350500']);
    expect(shown('泉州公积金')).toEqual(['350500:12329', '350500']);
    expect(shown('公积金 泉州')).toEqual(['350500:12329', '350500']);
    expect(shown('成都 欠薪')).toEqual(['510100:12333', '510100']);
    expect(shown('晋江 噪音')).toEqual(['350582:12369', '350582:12319', '350582']);
  });

  it('a shared name: every place it fits, each with its answer, never a guess', () => {
    expect(shown('鼓楼区')).toEqual(['320106', '350102']);
    expect(shown('鼓楼 社保')).toEqual(['320106:12333', '350102:12333', '320106', '350102']);
    expect(shown('Jinjiang pension')).toEqual(['350582:12333', '510104:12333', '350582', '510104']);
  });

  it('a region without a page for the number: its region page, and the national answer after it', () => {
    expect(shown('广州 社保')).toEqual(['440100', 'n/12333']);
    expect(shown('广州 12369')).toEqual(['440100:12369', '440100']);
  });

  it('a name with a level it does not have is another name (a former one), not the place and a question', () => {
    // 晋江县 and 泉州区 name no current place: nothing found now, so the page fetches the former names and asks again.
    expect(shown('晋江县')).toEqual([]);
    expect(shown('泉州区')).toEqual([]);
    // 城区 with one character before it is a longer name (下城区, 莱城区), not 城区 after a question.
    const withCity = createPlaceSearch([...entries, ...placeEntries({ ...file, places: '140300阳泉市,02城区' })]);
    const askWith = (q: string) => askQuestion(q, { ...sources, places: withCity }).results.map((r) => (r.kind === 'place' ? r.place.code : r.kind));
    expect(askWith('下城区')).toEqual([]);
    expect(askWith('城区')).toEqual(['140302']);
    expect(askWith('社保城区')).toEqual(['answer', '140302']); // two characters before it: a question, and the place
  });

  it('an area code: its region; with a number, its region\'s answer', () => {
    expect(shown('0595')).toEqual(['350500']);
    expect(shown('0595-12369')).toEqual(['350500:12369', '350500']);
    expect(shown('+86 595 12369')).toEqual(['350500:12369', '350500']);
    expect(shown('059')).toEqual(['350500', '350100']);
  });

  it('an area code with a number that is its own answer everywhere (110, 12345): that answer first, with what it says at once', () => {
    const own: QuestionSources<{ key: string; href: string; notice?: unknown }> = {
      ...sources,
      hotlines: (q) => (['110', '12345'].includes(q.trim()) ? [{ key: q.trim(), href: `/n/${q.trim()}/`, notice: { dial: [q.trim()] } }] : sources.hotlines(q)),
      answers: (_, number) => number === '12369',
    };
    const asked = (q: string) => askQuestion(q, own).results.map((r) => (r.kind === 'place' ? r.place.code : r.kind === 'answer' ? `${r.place.code}:${r.number}` : `n/${r.hotline.key}`));
    expect(asked('0595-110')).toEqual(['n/110', '350500']);
    expect(asked('0595-12345')).toEqual(['n/12345', '350500']);
    expect(asked('0595-12369')).toEqual(['350500:12369', '350500']);
  });

  it('an unknown area code or a mobile number: nothing, and says it is no place we know', () => {
    for (const q of ['0001', '0399-12345', '13812345678']) expect(ask(q), q).toEqual({ results: [], unknownPlace: true });
  });

  it('a number or problem alone, or a place we do not know: the hotline search\'s answer, unchanged', () => {
    expect(shown('12369')).toEqual(['n/12369']);
    expect(shown('噪音')).toEqual(['n/12369', 'n/12319']);
    expect(ask('火星 社保')).toEqual({ results: [], unknownPlace: false });
  });

  it('the start of a name: the places it begins, after the hotline search\'s results', () => {
    expect(shown('晋')).toEqual([]);
    expect(shown('quanz')).toEqual(['350500']);
  });
});

describe('wantsOtherNames: when the former names and zones are fetched and the question asked again', () => {
  const wants = (q: string) => wantsOtherNames(q, ask(q), sources);
  it('when no current place is found, or a name in letters only begins one', () => {
    expect(wants('晋江县')).toBe(true);
    expect(wants('jinji')).toBe(true); // the start of jinjiang: perhaps a former name whole
    expect(wants('社保')).toBe(true); // no place named: perhaps a zone
  });
  it('when one name in characters, ending like a name, is read as a current one and a rest: perhaps a former name whole', () => {
    expect(shown('锦江北区')).toEqual(['510104']);
    expect(wants('锦江北区')).toBe(true);
    expect(wants('泉州城区')).toBe(true); // asked again, it reads as before: 泉州 and 城区
    expect(wants('泉州公积金')).toBe(false); // a place and a problem
    expect(wants('晋江市')).toBe(false);
  });
  it('not when a current place is named, nor for digits alone', () => {
    expect(wants('晋江')).toBe(false);
    expect(wants('jinjiang')).toBe(false);
    expect(wants('泉州 公积金')).toBe(false);
    expect(wants('0595')).toBe(false);
    expect(wants('jinjiang pension')).toBe(false); // a place and a problem, not one name begun
  });
  it('never when a line in danger answers: that answer does not wait', () => {
    const danger = askQuestion('不想活了', { ...sources, hotlines: () => [{ key: '12356', href: '/n/12356/', notice: { text: '', dial: ['110', '120'] } }] });
    expect(wantsOtherNames('不想活了', danger, sources)).toBe(false);
  });
});
