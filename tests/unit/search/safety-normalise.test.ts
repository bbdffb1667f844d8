import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { safety as safetySchema } from '../../../src/lib/schema/safety.ts';
import { byFirstToken, MASK, readForSafety, readPlain, SEP } from '../../../src/lib/search/safety-normalise.ts';
import { repoRoot } from '../../support/load-fixture.ts';

const contractions = { "can't": 'can not', cant: 'can not', wanna: 'want to', im: 'i am' };

describe('readForSafety', () => {
  it('keeps Chinese characters, simplified by the table given, with one SEP where anything else stood', () => {
    expect(readForSafety('不想，活了 abc 12 ', { 們: '们' }).han).toEqual(['不', '想', SEP, '活', '了']);
    expect(readForSafety('你們', { 們: '们' }).han).toEqual(['你', '们']);
    expect(readForSafety('？？想死！！', {}).han).toEqual(['想', '死']);
  });

  it('keeps a syllable of letters or a digit or two typed against a character as a token (想4, 好想zs, 想自sha), and longer or spaced ones as SEP', () => {
    expect(readForSafety('想4了', {}).han).toEqual(['想', '4', '了']);
    expect(readForSafety('好想zs 没人懂', {}).han).toEqual(['好', '想', 'zs', SEP, '没', '人', '懂']);
    expect(readForSafety('4S店', {}).han).toEqual(['4s', '店']);
    expect(readForSafety('打12345没人接', {}).han).toEqual(['打', SEP, '没', '人', '接']);
    expect(readForSafety('用wifi上网', {}).han).toEqual(['用', 'wifi', '上', '网']);
    expect(readForSafety('想自sha', {}).han).toEqual(['想', '自', 'sha']);
    expect(readForSafety('买iphone15了', {}).han).toEqual(['买', SEP, '了']);
    expect(readForSafety('想 4 了', {}).han).toEqual(['想', SEP, '了']);
    const variants = [[['想', '4'], ['想', '死']], [['zs'], ['自', '杀']]] as const;
    const read = (q: string) => readForSafety(q, {}, { innocent: { han: [['4', '点']], words: [] }, variants: variants.map(([a, b]) => [[...a], [...b]] as const) }).han;
    expect(read('想4了')).toEqual(['想', '死', '了']);
    expect(read('好想zs')).toEqual(['好', '想', '自', '杀']);
    expect(read('我想4点去')).toEqual(['我', '想', MASK, MASK, '去']);
  });

  it('cuts a character typed three times or more to two, and leaves doubles (救救我, 偷偷)', () => {
    expect(readForSafety('死死死死', {}).han).toEqual(['死', '死']);
    expect(readForSafety('救救我', {}).han).toEqual(['救', '救', '我']);
  });

  it('writes English short forms out, lower case, whatever apostrophe was typed', () => {
    expect(readForSafety("I CAN'T go on", {}, { contractions }).words).toEqual(['i', 'can', 'not', 'go', 'on']);
    expect(readForSafety('i cant, i wanna', {}, { contractions }).words).toEqual(['i', 'can', 'not', 'i', 'want', 'to']);
    expect(readForSafety('I don’t want to', {}, { contractions }).words).toEqual(['i', 'do', 'not', 'want', 'to']);
    expect(readForSafety("they're done", {}, { contractions }).words).toEqual(['they', 'are', 'done']);
    expect(readForSafety('i want to dieeee', {}, { contractions }).words).toEqual(['i', 'want', 'to', 'die']);
  });

  it('masks innocent words, so that no pattern reaches into them', () => {
    const innocent = { han: [['死', '机']], words: [['killing', 'time']] };
    expect(readForSafety('手机死机了', {}, { innocent }).han).toEqual(['手', '机', MASK, MASK, '了']);
    expect(readForSafety('just killing time', {}, { innocent }).words).toEqual(['just', MASK, MASK]);
  });

  it('writes a variant as its word, left to right, and never inside a masked innocent word', () => {
    const variants = [[['想', '屎'], ['想', '死']], [['瓦', '斯'], ['燃', '气']]] as const;
    const read = (q: string) => readForSafety(q, {}, { innocent: { han: [['鼠', '标']], words: [] }, variants: variants.map(([a, b]) => [[...a], [...b]] as const) }).han;
    expect(read('好想屎啊')).toEqual(['好', '想', '死', '啊']);
    expect(read('闻到瓦斯味')).toEqual(['闻', '到', '燃', '气', '味']);
    expect(read('鼠标')).toEqual([MASK, MASK]);
  });

  it('reads full-width text as half-width', () => {
    expect(readForSafety('ＫＩＬＬ myself', {}).words).toEqual(['kill', 'myself']);
  });
});

describe('byFirstToken', () => {
  it('groups items by the first token of their words, in their order, leaving out empty words', () => {
    const map = byFirstToken([['想', '死'], ['跳', '楼'], [], ['想', '家']], (w) => w);
    expect([...map.keys()]).toEqual(['想', '跳']);
    expect(map.get('想')).toEqual([['想', '死'], ['想', '家']]);
  });
});

describe('readPlain', () => {
  it('reads every plain alternative of content/safety.yaml as readForSafety does, and leaves the rest to it', () => {
    const data = safetySchema.parse(parse(readFileSync(`${repoRoot}content/safety.yaml`, 'utf8')));
    const patterns = [...data.crisis.patterns.zh, ...data.crisis.patterns.en, ...data.emergency.numbers.flatMap((e) => [...e.patterns.zh, ...e.patterns.en])];
    const alternatives = [...new Set([...patterns.flatMap((p) => p.split(/…\d{0,2}|\s+!|\|/u)), ...Object.values(data.recognition.classes).flat()].map((a) => a.trim()))];
    const { contractions: listed } = data.recognition;
    const plain = alternatives.filter((a) => readPlain(a, {}, listed) !== null);
    expect(plain.length).toBeGreaterThan(3000);
    const read = (a: string) => readForSafety(a, {}, { contractions: listed });
    expect(plain.filter((a) => JSON.stringify(readPlain(a, {}, listed)) !== JSON.stringify(/\p{Script=Han}/u.test(a) ? read(a).han : read(a).words))).toEqual([]);
    expect(['想4', "can't", 'Kill', 'a  b', '{family}'].map((a) => readPlain(a, {}, listed))).toEqual([null, null, null, null, null]);
  });
});
