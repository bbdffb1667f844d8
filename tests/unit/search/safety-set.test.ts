/**
 * The whole safety query set (tests/search/safety-queries.yaml) in Node, on the real catalogue and the
 * real content/safety.yaml, in the three languages: every danger phrasing answered (12356 first with the
 * 110 / 120 line, or its emergency number first), no alarm on any ordinary question or partial number,
 * and 12345 answered as itself. The browser test types a sample of it into the built pages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createSearch } from '../../../src/lib/search/rank.ts';
import type { SearchEntry } from '../../../src/lib/search/entry.ts';
import { repoRoot } from '../../support/load-fixture.ts';
import { catalogueWithSafety, safetyFile } from '../../support/catalogue-search.ts';

type Language = 'zh-Hans' | 'zh-Hant' | 'en';
interface Set {
  crisis: Record<Language, string[]>;
  emergency: Record<Language, Record<string, string>>;
  more: { crisis: Record<Language, string[]>; emergency: Record<Language, Record<string, string>> };
  calm: Record<Language | 'digits', string[]>;
}
const set = parse(readFileSync(`${repoRoot}tests/search/safety-queries.yaml`, 'utf8')) as Set;
const languages: Language[] = ['zh-Hans', 'zh-Hant', 'en'];

const search = createSearch(catalogueWithSafety());

/** What a citizen would see first, and any call button on screen. */
const seen = (query: string) => {
  const results = search(query);
  const first: SearchEntry | undefined = results[0];
  return { query, first: first?.number, dial: first?.notice?.dial ?? [], urgent: first?.notice?.urgent === true, emergency: results.filter((r) => r.whole).map((r) => r.number) };
};

describe.each(languages)('the safety set in %s', (language) => {
  it('every crisis phrasing puts 12356 first, with 110 and 120 to call at once', () => {
    const all = [...set.crisis[language], ...set.more.crisis[language]];
    expect(all.map(seen).filter((s) => s.first !== '12356' || s.dial.join() !== '110,120')).toEqual([]);
  });

  it('every emergency, named or described, puts its number first with its call button', () => {
    const all = { ...set.emergency[language], ...set.more.emergency[language] };
    expect(Object.entries(all).map(([q, n]) => ({ ...seen(q), expected: n })).filter((s) => s.first !== s.expected || s.dial.join() !== s.expected)).toEqual([]);
  });

  // The crisis line found by its own words (心理咨询, 失眠) is listed plainly, without a line to call 110 or 120 now: no alarm.
  it('no ordinary question raises an alarm', () => {
    expect(set.calm[language].map(seen).filter((s) => s.urgent || s.emergency.length > 0 || (s.first === '12356' && s.dial.length > 0))).toEqual([]);
  });
});

describe('numbers typed', () => {
  it('a partial number lists the lines it begins, never an emergency number or a call button', () => {
    const wrong = set.calm.digits.map(seen).filter((s) => s.emergency.length > 0 || s.dial.length > 0);
    expect(wrong).toEqual([]);
    expect(search('1236').map((e) => e.number)).toContain('12369');
    // 12356 is still listed on the way to it, without its crisis line said at once.
    expect(search('1235').some((e) => e.number === '12356' && !e.notice)).toBe(true);
  });

  it('a whole emergency number, however written, is answered with its call button', () => {
    for (const [typed, number] of [['110', '110'], ['１１９', '119'], ['1-2-0', '120'], ['0595-122', '122'], ['+86 110', '110']]) {
      expect(seen(typed!), typed).toMatchObject({ first: number, dial: [number] });
    }
  });

  it('12345 is answered as itself, with its button, also after an area code', () => {
    for (const typed of ['12345', '0595-12345', '１２３４５', '(010) 12345']) expect(seen(typed), typed).toMatchObject({ first: '12345', dial: ['12345'], urgent: false });
    expect(search('12345')[0]?.notice?.text).toBe('这就是 12345 政务服务便民热线');
  });

  it('12345 is found by the names it has long had in the cities (市长热线), not a line whose name holds 热线', () => {
    for (const typed of ['市长热线', '市長熱線', '原来的市长热线还能打吗', '市民服务热线', "mayor's hotline"]) expect(search(typed)[0]?.number, typed).toBe('12345');
  });
});

describe('the search query set (tests/search/queries.yaml), ordinary questions written for ranking', () => {
  it('raises no alarm, but where the question is one: trapped in a lift (119), food poisoning (120), the crisis line’s number typed', () => {
    // Those whose answer is the crisis line itself (想不开, its old name 计划生育) are the crisis test's, not this one's.
    const queries = (parse(readFileSync(`${repoRoot}tests/search/queries.yaml`, 'utf8')) as { q: string | number; expect: string | number }[]).filter((q) => String(q.expect) !== '12356').map((q) => String(q.q));
    const alarmed = queries.map(seen).filter((s) => s.urgent);
    expect(alarmed.map((s) => `${s.query} → ${s.first}`)).toEqual(['被困电梯里 → 119', 'food poisoning → 120', 'I got food poisoning at a restaurant → 120', 'someone is stuck in the lift → 119', '南安 12356 → 12356']);
  });
});

describe('the safety file as sent', () => {
  it('sends a word only where its line’s patterns do not already find it, and patterns without spaces around … and |', () => {
    const first = safetyFile().crisis!.first;
    expect(first).toContain('想…1死');
    expect(first).not.toContain('想死');
    expect(first.filter((p) => /\s[…|]|[…|]\s/u.test(p))).toEqual([]);
    // Nor after a gap of its own (…16 共享屏幕 → …16共享屏幕), and every gap read as written: the 110 line's shared screen.
    const sent = safetyFile().entries.flatMap((e) => e.first ?? []);
    expect(sent.filter((p) => /…\d+\s/u.test(p))).toEqual([]);
    expect(sent).toContain('客服|警官|警察|公安|民警|银行|对方|骗子|检察官…16屏幕共享|共享屏幕|开屏幕|分享屏幕');
    // The answers are the set's above: dropping a word changed none of them.
    expect(seen('想死')).toMatchObject({ first: '12356', dial: ['110', '120'] });
  });
});

describe('the set itself', () => {
  it('holds at least 150 danger phrasings and 60 calm ones, in three languages', () => {
    const danger = languages.flatMap((l) => [...set.crisis[l], ...set.more.crisis[l], ...Object.keys(set.emergency[l]), ...Object.keys(set.more.emergency[l])]);
    const calm = Object.values(set.calm).flat();
    expect(danger.length).toBeGreaterThanOrEqual(150);
    expect(calm.length).toBeGreaterThanOrEqual(60);
    for (const l of languages) expect(set.more.crisis[l].length, l).toBeGreaterThanOrEqual(10);
  });
});
