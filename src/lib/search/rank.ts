import type { SearchEntry, SearchFile } from './entry.ts';
import { hanScores, latinScores, matchIndex, soundScores, type Term } from './match.ts';
import { normaliseQuery, readT2S, type Query } from './normalise.ts';
import { createSafetyCheck, startOfNumber } from './safety.ts';
import { withPinyin } from './readings.ts';
import { soundTerms, speller, type Speller } from './sounds.ts';
import { readSpokenNumbers } from './spoken.ts';
import { typoSearch, type TypoKey } from './typos.ts';
import { browserSegment, queryUnits, type Segment } from './units.ts';

/** At most this many results: a phone screen, not a catalogue. */
export const MAX_RESULTS = 12;

// Typo matching only catches typos now (公基金, gongjijing); word matching does the rest.
// It compares short words only (typos are made in words, and its time grows
// with how much text it scans), never initials (typed exactly, or not at all).
// A Latin query is only compared with Latin fields and a Chinese one with
// Chinese fields: half the work, and no false matches across scripts.
const short = (xs: readonly string[], n: number) => xs.filter((x) => x.length <= n);
const HAN: { keys: TypoKey<SearchEntry>[]; threshold: number } = {
  keys: [
    { values: (e) => short([e.name, ...e.names], 8), weight: 1.5 },
    { values: (e) => short(e.keywords, 5), weight: 2 },
  ],
  threshold: 0.4,
};
const LATIN: typeof HAN = {
  keys: [
    { values: (e) => short(e.pinyin, 14), weight: 1 },
    { values: (e) => e.english, weight: 1 },
  ],
  threshold: 0.3,
};
/**
 * Longer queries are not typo-matched: their parts are matched as words, and
 * typo matching's time grows with the query. A Chinese typo is in a word (公基金), a
 * pinyin one in a run of letters (gongjijing).
 */
const TYPO_LENGTH = { han: 6, latin: 16 };
/** A typo's match counts for less than a word's: 0.7 at best. */
const TYPO = 0.7;
/** Word matches this good, of every unit, leave nothing for typo matching to add. */
const SURE = 0.5;
/** A match by sound counts for less than the same words typed right, so an exact hit comes first. */
const SOUND = 0.8;
/** Results far below the best are noise from one common word (投诉, 热线): left out. */
const KEEP = 0.25;

const numbersOf = (e: SearchEntry) => [e.number, ...e.aliases];

/**
 * Entries whose number or alias is the digits exactly, then those it begins, in
 * number order. Never fuzzy: 12369 and 12365 differ by one digit, and a confident
 * wrong number is the worst answer the site can give.
 */
function byDigits(entries: readonly SearchEntry[], digits: string): SearchEntry[] {
  const exact = entries.filter((e) => numbersOf(e).includes(digits));
  const prefix = entries
    .filter((e) => !exact.includes(e) && numbersOf(e).some((n) => n.startsWith(digits)))
    .flatMap((e) => startOfNumber(e) ?? [])
    .sort((a, b) => a.number.localeCompare(b.number));
  return [...exact, ...prefix];
}

/** What one query found, and whether it waits for the sound table: no word matched as typed, and the table is not here. */
export interface Lookup {
  found: SearchEntry[];
  needsSounds: boolean;
}

/** A search over one search file: the results of a query, as they are now. */
export interface Search {
  (raw: string): SearchEntry[];
  /**
   * The results, and whether the sound table would change them (the box then says it is still looking).
   * `waiting`: the caller shows nothing until the table is in, so a query that needs it stops there, before
   * the typo matching whose results would be thrown away (the first keystroke's time on a slow phone).
   */
  lookup: (raw: string, waiting?: boolean) => Lookup;
  /** The same search matching by sound too (the sound table, /search/sounds.json), on what this one prepared. */
  withSounds: (sounds: string) => Search;
}

/**
 * A search function over one search file; build it once per file: it prepares
 * everything a keystroke needs (pinyin, indexes, the word splitter).
 * Words match by meaning units in any order (拖欠工资 finds 工资拖欠), the
 * line a word is about before lines it only touches; typo matching adds typos; with the
 * sound table, a query no word matched as typed is matched by sound (社宝 → 社保),
 * below what matched as typed. Numbers said in words are read as digits
 * (幺二三六九 → 12369). An entry's safety words (`first`) put it ahead of every
 * other result, read from the query as typed: neither sound nor numerals make or unmake one.
 * @example createSearch(file)('噪音')[0].number // '12369'
 */
export function createSearch(file: SearchFile, segment: Segment = browserSegment()): Search {
  const t2s = readT2S(file.t2s);
  const entries = withPinyin(file.entries, file.pinyin);
  const typos = (options: typeof HAN, docs: readonly SearchEntry[]) => typoSearch(docs, options.keys, options.threshold);
  const indexes = { han: typos(HAN, entries), latin: typos(LATIN, entries), words: matchIndex(entries) };
  const danger = createSafetyCheck({ ...file, entries });

  const searchWith = (sound: { spell: Speller; terms: Term[][] } | null): Search => {
    let needsSounds = false;
    let waiting = false;
    // Whether the last words searched matched no line as typed (neither sound nor typos count): see lookup.
    let unmatched = false;
    const byText = (docs: readonly SearchEntry[], text: string, words: string[]) => {
      const latin = /^[a-z]+$/.test(text);
      const all = docs === entries;
      const index = all ? indexes.words : matchIndex(docs);
      const units = latin ? [] : queryUnits(text, segment);
      const { scores, whole, missed } = latin ? latinScores(index, text, words) : hanScores(index, units);
      unmatched = Math.max(0, ...scores) === 0;
      const unsure = !whole || Math.max(0, ...scores) < SURE;
      // A word no line holds as typed may be a slip of the same sound (社宝): matched by sound too.
      if ((missed || Math.max(0, ...scores) === 0) && !latin && /\p{Script=Han}/u.test(text)) {
        if (sound === null) {
          needsSounds = true;
          if (waiting) return [];
        } else {
          const terms = all ? sound.terms : soundTerms(docs, sound.spell);
          soundScores(terms, units, sound.spell).scores.forEach((s, i) => (scores[i] = Math.max(scores[i]!, s * SOUND)));
        }
      }
      if (unsure && text.length <= TYPO_LENGTH[latin ? 'latin' : 'han']) {
        const near = all ? (latin ? indexes.latin : indexes.han) : typos(latin ? LATIN : HAN, docs);
        for (const r of near(text, MAX_RESULTS)) scores[r.index] = Math.max(scores[r.index]!, (1 - r.score) * TYPO);
      }
      const top = Math.max(0, ...scores);
      return docs
        .map((entry, i) => ({ entry, score: scores[i]! }))
        .filter((r) => r.score > 0 && r.score >= top * KEEP)
        .sort((a, b) => b.score - a.score)
        .map((r) => r.entry);
    };
    const search = (query: Query): SearchEntry[] => {
      if (query.digits !== null) return query.digits === '' ? [] : byDigits(entries, query.digits).slice(0, MAX_RESULTS);
      if (query.text === '') return [];
      // A number inside words ("12369 环保") narrows by number first, still never fuzzily.
      const candidates = query.numbers.reduce<readonly SearchEntry[]>((acc, n) => byDigits(acc, n), entries);
      const words = query.text.replace(/\d+/g, '');
      if (query.numbers.length > 0 && words === '') return candidates.slice(0, MAX_RESULTS);
      // A number that begins no line's (a date, an amount, 144 小时, 3·15) narrows nothing: the words are searched in every line.
      const found = byText(candidates.length > 0 ? candidates : entries, words, query.words).slice(0, MAX_RESULTS);
      return found.length > 0 || query.numbers.length === 0 ? found : candidates.slice(0, MAX_RESULTS);
    };
    const lookup = (raw: string, wait = false): Lookup => {
      needsSounds = false;
      unmatched = false;
      waiting = wait;
      const query = normaliseQuery(readSpokenNumbers(raw), t2s);
      let found = search(query);
      // A person in danger or an emergency is never left to ranking: their line comes first, whatever else matches,
      // recognised in the query as typed, apart from anything read into it. Words about no line at all would get only
      // "dial 12345", and words that found the crisis line by its own words (planning, 难受) only its number: there the
      // check may give the crisis answer nearer its threshold.
      const first = danger(raw, unmatched || !!found[0]?.crisis);
      // The crisis line found by its name or words (心理咨询, insomnia), not by the safety check: listed without its
      // urgent notice, which is for danger recognised or its number typed.
      if (first.length === 0) return { found: /\d/.test(raw) ? found : found.map((e) => (e.crisis && e.notice?.urgent ? startOfNumber(e)! : e)), needsSounds };
      // The safety answer never waits for the sound table, and keeps what the words found beside it.
      if (waiting && needsSounds) {
        waiting = false;
        found = search(query);
      }
      return { found: [...first, ...found.filter((e) => !first.includes(e))].slice(0, MAX_RESULTS), needsSounds: false };
    };
    const withSounds = (sounds: string) => {
      const spell = speller(file.pinyin, sounds);
      return searchWith({ spell, terms: soundTerms(entries, spell) });
    };
    return Object.assign((raw: string) => lookup(raw).found, { lookup, withSounds });
  };
  return searchWith(null);
}
