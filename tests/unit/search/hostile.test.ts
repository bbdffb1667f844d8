import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY, normaliseQuery } from '../../../src/lib/search/normalise.ts';
import { createSearch, MAX_RESULTS } from '../../../src/lib/search/rank.ts';
import { createPlaceSearch, placeEntries } from '../../../src/lib/places/search/places.ts';
import { askQuestion } from '../../../src/lib/search/question.ts';
import { readDialled } from '../../../src/lib/places/search/area-codes.ts';
import type { SearchEntry } from '../../../src/lib/search/entry.ts';

const entry = (number: string, name: string, keywords: string[], pinyin: string[]): SearchEntry => ({
  number, aliases: [], name, label: name, names: [], keywords, department: '', pinyin, initials: [], english: [], href: `/350500/${number}/`, verdict: '',
});
const entries = [entry('12369', '环境保护投诉举报', ['噪音', '污染'], ['huanbao']), entry('12333', '人社服务', ['社保'], ['shebao']), entry('12365', '质量监督', ['假货'], ['zhiliang'])];
const search = createSearch({ entries, t2s: '環环', pinyin: '' });
const places = placeEntries({ places: '350500泉州市,82晋江市', labels: { kind: 'name' }, pinyin: 'jiang江jin晋quan泉shi市zhou州' });
const placeSearch = createPlaceSearch(places);
const ask = (raw: string) =>
  askQuestion(raw, {
    places: placeSearch,
    place: (code) => places.find((p) => p.code === code),
    areaCodes: { '0595': ['350500'] },
    hotlines: (q) => search(q).map((e) => ({ key: e.number, href: `/n/${e.number}/` })),
    numberOf: (h) => h.key,
    answers: () => true,
    t2s: {},
  });

// Strings a citizen, a broken keyboard or an attacker might send.
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('１', '2', '３', '-', '+', ' ', '　', '（', ')', '8', '6', '0'), maxLength: 40 }),
  fc.constantFrom('<script>alert(1)</script>', "' OR 1=1 --", '"><img src=x onerror=alert(1)>', '\u202e12369', '\u0000\u0007\u001b', '🙂🙂🙂', '１２３６９\u200b'),
  fc.string({ unit: 'binary', minLength: 10_000, maxLength: 10_000 }),
);

describe('hostile and odd input', () => {
  it('normaliseQuery never throws, and bounds what it returns', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const q = normaliseQuery(raw, { 環: '环' });
        expect(q.text.length).toBeLessThanOrEqual(MAX_QUERY);
        expect(q.digits === null || /^\d*$/.test(q.digits)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('search never throws and never returns more than a screenful', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const found = search(raw);
        expect(found.length).toBeLessThanOrEqual(MAX_RESULTS);
        expect(found.every((e) => entries.some((x) => x.href === e.href))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a query of digits only ever finds numbers that begin with those digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '2', '3', '5', '6', '9'), minLength: 1, maxLength: 8 }), (digits) => {
        for (const e of search(digits)) expect(e.number.startsWith(digits)).toBe(true);
      }),
    );
  });

  it('the home page\'s question (places, area codes) never throws either, and stays a screenful', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        readDialled(raw);
        expect(ask(raw).results.length).toBeLessThanOrEqual(MAX_RESULTS);
      }),
      { numRuns: 300 },
    );
  });
});
