import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalogue } from '../../../src/lib/schema/catalogue.ts';
import { normaliseQuery } from '../../../src/lib/search/normalise.ts';
import { createSearch } from '../../../src/lib/search/rank.ts';
import { holds, safetyWord, withSafety } from '../../../src/lib/search/safety.ts';
import { searchFile } from '../../../src/lib/search/search-file.ts';
import type { SafetyFile } from '../../../src/lib/search/entry.ts';
import { repoRoot } from '../../support/load-fixture.ts';

describe('safetyWord and holds', () => {
  it('write a word the way queries are compared', () => {
    expect(safetyWord("Don't want to live")).toBe('dont want to live');
    expect(safetyWord('不想活 了')).toBe('不想活了');
  });

  it('find a Chinese word anywhere in the query, an English one only as whole words in order', () => {
    const q = (s: string) => normaliseQuery(s, {});
    expect(holds(q('我真的不想活了'), '不想活')).toBe(true);
    expect(holds(q('I want to kill myself'), 'kill myself')).toBe(true);
    expect(holds(q('killing skills myself'), 'kill myself')).toBe(false);
    expect(holds(q('send it all'), 'end it all')).toBe(false);
    expect(holds(q('社保怎么交'), '不想活')).toBe(false);
  });
});

// The real catalogue as a page's file, and a small safety file as the build writes one.
const hotlines = catalogue.parse(parse(readFileSync(`${repoRoot}content/catalogue.yaml`, 'utf8')));
const page = searchFile(
  hotlines.map((h) => ({ number: h.number, aliases: [], name: null, label: h.shortName, department: null, href: `/n/${h.number}/`, verdict: '', ...(h.number === '12356' ? { crisis: true as const } : {}) })),
  new Map(hotlines.map((h) => [h.number, h])),
);
const emergency = searchFile(
  [{ number: '110', aliases: [], name: '报警电话', label: '报警电话', department: null, href: '/n/110/', verdict: '请直接拨打 110', first: ['报警', 'police'], notice: { text: '请直接拨打 110', dial: ['110'] } }],
  new Map(),
);
const safety: SafetyFile = { ...emergency, crisis: { first: ['想死', '不想活', 'kill myself'], notice: { text: '有生命危险请立即拨打 110或120', dial: ['110', '120'] } } };

describe('withSafety and the search', () => {
  it('joins the emergency entries and gives the crisis line its words and notice', () => {
    const joined = withSafety(page, safety);
    expect(joined.entries.at(-1)?.number).toBe('110');
    expect(joined.entries.find((e) => e.number === '12356')).toMatchObject({ first: ['想死', '不想活', 'kill myself'], notice: { dial: ['110', '120'] } });
    expect(joined.entries.filter((e) => e.first).map((e) => e.number)).toEqual(['12356', '110']);
  });

  it('puts a safety word’s line first, whatever ranking would say, and keeps the rest after it', () => {
    const search = createSearch(withSafety(page, safety));
    expect(search('我真的不想活了')[0]?.number).toBe('12356');
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
