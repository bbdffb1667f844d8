import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalogue } from '../../../src/lib/schema/catalogue.ts';
import { createSearch } from '../../../src/lib/search/rank.ts';
import { createSafetyCheck, startOfNumber, withSafety } from '../../../src/lib/search/safety.ts';
import { searchFile } from '../../../src/lib/search/search-file.ts';
import type { SafetyFile } from '../../../src/lib/search/entry.ts';
import { repoRoot } from '../../support/load-fixture.ts';

// The real catalogue as a page's file, and a small safety file as the build writes one.
const hotlines = catalogue.parse(parse(readFileSync(`${repoRoot}content/catalogue.yaml`, 'utf8')));
const page = searchFile(
  hotlines.map((h) => ({ number: h.number, aliases: [], name: null, label: h.shortName, department: null, href: `/n/${h.number}/`, verdict: '', ...(h.number === '12356' ? { crisis: true as const } : {}) })),
  new Map(hotlines.map((h) => [h.number, h])),
);
const emergency = searchFile(
  [{ number: '110', aliases: [], name: null, label: '报警电话', department: null, href: '/n/110/', verdict: '请直接拨打 110', first: ['报警', 'police', '有人 …2 跟踪'], notice: { text: '请直接拨打 110', dial: ['110'], urgent: true }, whole: true }],
  new Map(),
);
const recognition = { fillers: { zh: ['再', '了'], en: ['really'] }, contractions: { "don't": 'do not' }, innocent: { zh: ['死机'], en: ['killing time'] }, gap: { zh: 3, en: 2 } };
const safety: SafetyFile = { ...emergency, recognition, crisis: { first: ['想 …1 死', '不想 … 活', 'kill …1 myself', 'not … want to live'], notice: { text: '有生命危险请立即拨打 110或120', dial: ['110', '120'], urgent: true } } };

describe('withSafety and the search', () => {
  it('joins the emergency entries and gives the crisis line its words and notice', () => {
    const joined = withSafety(page, safety);
    expect(joined.entries.at(-1)?.number).toBe('110');
    expect(joined.entries.find((e) => e.number === '12356')).toMatchObject({ first: ['想 …1 死', '不想 … 活', 'kill …1 myself', 'not … want to live'], notice: { dial: ['110', '120'] } });
    expect(joined.recognition).toBe(recognition);
    expect(joined.entries.filter((e) => e.first).map((e) => e.number)).toEqual(['12356', '110']);
  });

  it('puts a safety word’s line first, whatever ranking would say, and keeps the rest after it', () => {
    const search = createSearch(withSafety(page, safety));
    expect(search('我真的不想再活了')[0]?.number).toBe('12356');
    expect(search("I really don't want to live")[0]?.number).toBe('12356');
    expect(search('有人一直跟踪我')[0]?.number).toBe('110');
    expect(search('I want to kill myself')[0]?.number).toBe('12356');
    expect(search('有人抢东西我要报警')[0]?.number).toBe('110');
    expect(search('110')[0]?.number).toBe('110');
    // Without its safety file the page still searches, and a crisis word no longer matches by itself.
    expect(createSearch(page)('社保')[0]?.number).toBe('12333');
    expect(search('社保')[0]?.number).toBe('12333');
  });

  it('a line that is not marked as the crisis line gets no crisis words', () => {
    const unmarked = { ...page, entries: page.entries.map(({ crisis: _, ...e }) => e) };
    expect(createSearch(withSafety(unmarked, safety))('想死')[0]?.number).not.toBe('12356');
  });
});

describe('the safety check', () => {
  const check = createSafetyCheck(withSafety(page, safety));
  it('reads the raw query for danger, and never a number', () => {
    expect(check('手机死机了').map((e) => e.number)).toEqual([]);
    expect(check('想死').map((e) => e.number)).toEqual(['12356']);
    expect(check('110')).toEqual([]);
    expect(check('just killing time')).toEqual([]);
  });

  it('reads a variant as the word it stands for, after innocent words are masked', () => {
    const variants = { ...safety, recognition: { ...recognition, innocent: { zh: ['死机', '鼠标'], en: [] }, variants: { 想屎: '想死', 想鼠: '想死' } } };
    const read = createSafetyCheck(withSafety(page, variants));
    expect(read('好想屎啊').map((e) => e.number)).toEqual(['12356']);
    expect(read('我真的想鼠了').map((e) => e.number)).toEqual(['12356']);
    expect(read('我想鼠标坏了找谁')).toEqual([]);
    expect(check('好想屎啊')).toEqual([]);
  });

  it('a question about paperwork after the fact puts no emergency line first, and the crisis line still', () => {
    const paperwork = { ...safety, recognition: { ...recognition, paperwork: { zh: ['报销', '赔偿'], en: ['insurance'] } } };
    const read = createSafetyCheck(withSafety(page, paperwork));
    expect(check('有人跟踪我，能赔偿吗').map((e) => e.number)).toEqual(['110']);
    expect(read('有人跟踪我，能赔偿吗')).toEqual([]);
    expect(read('police insurance')).toEqual([]);
    expect(read('想死 报销').map((e) => e.number)).toEqual(['12356']);
  });

  it('danger said before the last word of a subject (新闻, 宣传, training course) in its clause is the subject, not danger now', () => {
    const about = { ...safety, recognition: { ...recognition, about: { zh: ['新闻', '宣传'], en: ['training course'] } } };
    const read = createSafetyCheck(withSafety(page, about));
    expect(read('有人跟踪我的新闻')).toEqual([]);
    expect(read('有人跟踪我 新闻')).toEqual([]);
    expect(read('kill myself training course')).toEqual([]);
    // A clause of its own, ended as a person ends one, is not the subject of a later clause's word.
    expect(read('有人一直跟踪我，还上了新闻').map((e) => e.number)).toEqual(['110']);
    expect(read('i want to kill myself. i skipped the training course').map((e) => e.number)).toEqual(['12356']);
    expect(read('有人跟踪我的新闻，1.5万人看过')).toEqual([]);
    // Said after it, or with no such word, it is danger.
    expect(read('看了新闻我也想死').map((e) => e.number)).toEqual(['12356']);
    expect(read('有人一直跟踪我').map((e) => e.number)).toEqual(['110']);
  });

  it('asks the learned score only when no pattern matched: the crisis line, or an emergency line for danger happening now', () => {
    const model = {
      classes: ['12356', '110'],
      bias: [-30, -30],
      weights: { 吞: [20, 0], 没: [15, 0], ' gone': [35, 0], 撬: [0, 40], ' prying': [0, 40] },
    };
    const read = createSafetyCheck(withSafety(page, { ...safety, recognition: { ...recognition, paperwork: { zh: ['理赔'], en: [] } }, model }));
    expect(read('悲伤把我吞没').map((e) => e.number)).toEqual(['12356']);
    expect(read("I'll be long gone").map((e) => e.number)).toEqual(['12356']);
    expect(read('吞')).toEqual([]); // 0 is not above 1
    expect(read('门被撬了').map((e) => e.number)).toEqual(['110']);
    expect(read('someone is prying at the door')[0]).toMatchObject({ number: '110', whole: true, notice: { dial: ['110'] } });
    // Paperwork after the fact: no emergency line, whatever the score says.
    expect(read('门被撬了 理赔')).toEqual([]);
    expect(read('有人一直跟踪我没完').map((e) => e.number)).toEqual(['110']); // a pattern's answer wins
    expect(read('110')).toEqual([]);
    // A page whose 12356 is not (yet) the crisis line: the score has no line to put first for distress.
    const unmarked = { ...page, entries: page.entries.map(({ crisis: _, ...e }) => e) };
    expect(createSafetyCheck(withSafety(unmarked, { ...safety, model }))('悲伤把我吞没')).toEqual([]);
  });

  it('lets a confident calm score overrule a pattern only in a query about a show, a sale, a job or a pet, and never the crisis line for a person speaking of themself', () => {
    const model = { classes: ['12356', '110'], bias: [-50, -50], weights: { 跳楼: [30, 0], 集: [-20, 0], 想: [10, 0], ' police': [0, 60] } };
    const recognition2 = { ...recognition, subjects: { zh: ['第几集', '猫'], en: ['hiring'] }, speaker: { zh: ['我'], en: ['i', 'my'] } };
    const withLine = { ...safety, crisis: { ...safety.crisis, first: [...safety.crisis.first, '跳楼'] }, recognition: recognition2 };
    const read = createSafetyCheck(withSafety(page, { ...withLine, model }));
    // 跳楼 30 + 集 −20 − 50 = −40 for 12356, −50 for 110: at least 3.5 below every threshold.
    expect(read('那部剧跳楼是第几集')).toEqual([]);
    // Without a subject's sign, the same calm score overrules nothing: a pattern's answer stands.
    expect(read('那部剧跳楼是哪集').map((e) => e.number)).toEqual(['12356']);
    // A person speaking of themself keeps the crisis line, whatever the score.
    expect(read('我看到第几集就想跳楼').map((e) => e.number)).toEqual(['12356']);
    // A score not confidently calm (跳楼 30 + 想 10 + 集 −20 − 50 = −30) overrules nothing.
    expect(read('想跳楼第几集').map((e) => e.number)).toEqual(['12356']);
    // An emergency line gives way too (a job advert), but not where the score says danger.
    expect(read('有人一直跟踪 hiring')).toEqual([]);
    expect(read('police hiring').map((e) => e.number)).toEqual(['110']);
    // Without a model, every pattern's answer stands.
    expect(createSafetyCheck(withSafety(page, withLine))('那部剧跳楼是第几集').map((e) => e.number)).toEqual(['12356']);
  });

  it('puts a graver kind the learned score is sure of before a pattern’s answer: the crisis line, never one emergency over another', () => {
    const model = { classes: ['12356', '110'], bias: [-30, -30], weights: { 桥: [60, 0], 栏杆: [15, 0], 跟踪: [0, 10], ' hurt': [0, 60] } };
    const read = createSafetyCheck(withSafety(page, { ...safety, model }));
    // 有人 …2 跟踪 is 110's pattern; 桥 60 + 栏杆 15 − 30 = 45 for the crisis line, above the 20 it must be sure by.
    expect(read('有人跟踪我到桥边栏杆').map((e) => e.number)).toEqual(['12356', '110']);
    // Sure by less (栏杆 15 − 30 < 20): the pattern's answer alone.
    expect(read('有人跟踪我到栏杆').map((e) => e.number)).toEqual(['110']);
    // A pattern's crisis answer is never put behind an emergency the score guesses (hurt → 110 here).
    expect(read('想死 hurt').map((e) => e.number)).toEqual(['12356']);
  });

  it('puts 120 before the crisis line where both are named and the learned score reads an emergency happening now', () => {
    const medical = searchFile(
      [{ number: '120', aliases: [], name: null, label: '急救电话', department: null, href: '/n/120/', verdict: '请直接拨打 120', first: ['叫不醒'], notice: { text: '请直接拨打 120', dial: ['120'], urgent: true }, whole: true }],
      new Map(),
    );
    const model = { classes: ['12356', '120'], bias: [-30, -30], weights: { 醒: [0, 20], 想: [25, 0] } };
    const both = { ...safety, entries: [...safety.entries, ...medical.entries], crisis: { ...safety.crisis, first: [...safety.crisis.first, '安眠药'] }, model };
    const read = createSafetyCheck(withSafety(page, both));
    // Taken, and not waking (120 −10 against 12356 −30): 120 first, the crisis line after it.
    expect(read('吃了安眠药叫不醒').map((e) => e.number)).toEqual(['120', '12356']);
    // A wish said with it (12356 −5 against 120 −10): the crisis line first.
    expect(read('想吃安眠药 叫不醒我').map((e) => e.number)).toEqual(['12356', '120']);
    // Without a model, the file's order: the crisis line first.
    const { model: _, ...patternsOnly } = both;
    expect(createSafetyCheck(withSafety(page, patternsOnly))('吃了安眠药叫不醒').map((e) => e.number)).toEqual(['12356', '120']);
  });

  it('puts the emergency a pattern named first when a bystander speaks of someone else, the crisis line after it', () => {
    const line = { number: '119', aliases: [], name: null, label: '119', department: null, href: '/n/119/', verdict: '119', first: ['在水里', 'in the river'], notice: { text: '119', dial: ['119'], urgent: true as const }, whole: true as const };
    const water = { ...safety, entries: [...safety.entries, ...searchFile([line], new Map()).entries], crisis: { ...safety.crisis, first: [...safety.crisis.first, '跳河', 'jumped'] } };
    const people = { speaker: { zh: ['我'], en: ['i', 'my'] }, others: { zh: ['有人', '他'], en: ['someone', 'he'] } };
    const read = createSafetyCheck(withSafety(page, { ...water, recognition: { ...recognition, ...people } }));
    expect(read('桥上有人跳河了 人还在水里').map((e) => e.number)).toEqual(['119', '12356']);
    expect(read('someone jumped, he is in the river').map((e) => e.number)).toEqual(['119', '12356']);
    // Speaking of themself, or naming nobody: the crisis line first.
    expect(read('我想跳河 现在在水里').map((e) => e.number)).toEqual(['12356', '119']);
    expect(read('跳河 在水里').map((e) => e.number)).toEqual(['12356', '119']);
  });

  it('orders two emergencies both named by the learned score, and puts 120 first once the person is out of what held them', () => {
    const line = (number: string, first: string[]) => ({ number, aliases: [], name: null, label: number, department: null, href: `/n/${number}/`, verdict: number, first, notice: { text: number, dial: [number], urgent: true as const }, whole: true as const });
    const lines = searchFile([line('119', ['掉进 …3 池塘']), line('120', ['没反应|不动了'])], new Map());
    const model = { classes: ['12356', '119', '120'], bias: [-30, -30, -30], weights: { 池塘: [0, 30, 0], 反应: [0, 0, 20], 不动: [0, 0, 20] } };
    const both = { ...safety, entries: [...safety.entries, ...lines.entries], recognition: { ...recognition, rescued: { zh: ['捞上来'], en: ['pulled out'] } }, model };
    const read = createSafetyCheck(withSafety(page, both));
    // 119 0 against 120 −10: the rescue first.
    expect(read('孩子掉进池塘 没反应').map((e) => e.number)).toEqual(['119', '120']);
    // The body's score higher (120 +10 against 119 0): 120 first, though the file's order is 119, 120.
    expect(read('孩子掉进池塘 不动了 没反应').map((e) => e.number)).toEqual(['120', '119']);
    // Out of the water already: whatever the score, 120 first.
    expect(read('孩子掉进池塘 捞上来没反应').map((e) => e.number)).toEqual(['120', '119']);
    // Without a model, the file's order.
    const { model: _, ...patternsOnly } = both;
    expect(createSafetyCheck(withSafety(page, patternsOnly))('孩子掉进池塘 没反应').map((e) => e.number)).toEqual(['119', '120']);
  });

  it('gives the crisis line to words that match no line and come near its threshold, and never an emergency line so', () => {
    const model = { classes: ['12356', '110'], bias: [-30, -30], weights: { 盼头: [15, 0], 绳子: [25, 0], 撬: [0, 25] } };
    const read = createSafetyCheck(withSafety(page, { ...safety, model }));
    // 盼头 15 − 30 = −15: under the threshold, within the 20 allowed where the words match no line.
    expect(read('活着有啥盼头')).toEqual([]);
    expect(read('活着有啥盼头', true).map((e) => e.number)).toEqual(['12356']);
    // Further than 20 below (−30): nothing.
    expect(read('活着有啥意思', true)).toEqual([]);
    // Near 110's threshold (撬 25 − 30 = −5): no emergency button for a score under its threshold.
    expect(read('门锁好像被撬过', true)).toEqual([]);
    // Above the threshold it is said either way (绳子 + 盼头 40 − 30 = 10).
    expect(read('买了绳子 没盼头').map((e) => e.number)).toEqual(['12356']);
  });

  it('asks again for the crisis line only when no line’s words matched the query as typed', () => {
    const model = { classes: ['12356', '110'], bias: [-30, -30], weights: { 盼头: [15, 0], ' rope': [15, 0] } };
    const search = createSearch(withSafety(page, { ...safety, model }));
    expect(search('活着有啥盼头')[0]?.number).toBe('12356');
    expect(search('i bought a rope')[0]?.number).toBe('12356');
    // The same sign beside words a line is about: that line, and the safety net's line beneath it (safety-net.ts).
    expect(search('社保 盼头')[0]?.number).toBe('12333');
    // Words that found the crisis line itself (by its keywords) are asked again too: its full answer, notice and all.
    expect(search('计生 盼头')[0]).toMatchObject({ number: '12356', notice: { urgent: true } });
    expect(search('计生 热线')[0]?.notice?.urgent).toBeUndefined();
    expect(search('火星人').length).toBe(0);
  });

  it('without the safety file’s reading there is nothing to check', () => {
    expect(createSafetyCheck(page)('想死')).toEqual([]);
  });
});

describe('startOfNumber', () => {
  it('drops an emergency line and quiets any other notice: a partial number asks for no call', () => {
    const search = createSearch(withSafety(page, safety));
    expect(search('1').map((e) => e.number)).not.toContain('110');
    expect(search('11').map((e) => e.number)).not.toContain('110');
    expect(search('110')[0]).toMatchObject({ number: '110', notice: { dial: ['110'] } });
    const crisis = withSafety(page, safety).entries.find((e) => e.number === '12356')!;
    expect(startOfNumber(crisis)?.notice).toBeUndefined();
    expect(search('1235').find((e) => e.number === '12356')?.notice).toBeUndefined();
    expect(search('12356')[0]?.notice?.dial).toEqual(['110', '120']);
  });
});
