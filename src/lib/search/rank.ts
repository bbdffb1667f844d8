import Fuse from 'fuse.js/basic';
import type { SearchEntry } from './entry.ts';
import { normaliseQuery, type T2S } from './normalise.ts';

/** At most this many results: a phone screen, not a catalogue. */
export const MAX_RESULTS = 12;

// Weights and thresholds measured on 26 test queries over the hotline data: 0.3
// keeps Latin queries ("gjj", "yibao") from flooding; Chinese needs 0.4 to find 环保局.
// A Latin query is only compared with Latin fields and a Chinese one with
// Chinese fields: half the work per keystroke, and no false matches across scripts.
const HAN = {
  keys: [
    { name: 'name', weight: 1.5 },
    { name: 'names', weight: 1.5 },
    { name: 'keywords', weight: 2 },
    { name: 'department', weight: 0.5 },
  ],
  threshold: 0.4,
};
const LATIN = {
  keys: [
    { name: 'pinyin', weight: 1 },
    { name: 'initials', weight: 1 },
    { name: 'english', weight: 1 },
  ],
  threshold: 0.3,
};

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
    .sort((a, b) => a.number.localeCompare(b.number));
  return [...exact, ...prefix];
}

/**
 * A search function over one region's entries; build it once per index.
 * @example createSearch(entries, t2s)('噪音')[0].number // '12369'
 */
export function createSearch(entries: readonly SearchEntry[], t2s: T2S): (raw: string) => SearchEntry[] {
  const fuse = (options: typeof HAN, docs: readonly SearchEntry[]) => new Fuse(docs, { ...options, ignoreLocation: true });
  const han = fuse(HAN, entries);
  const latin = fuse(LATIN, entries);
  return (raw) => {
    const query = normaliseQuery(raw, t2s);
    if (query.digits !== null) return query.digits === '' ? [] : byDigits(entries, query.digits).slice(0, MAX_RESULTS);
    if (query.text === '') return [];
    // A number inside words ("12369 环保") narrows by number first, still never fuzzily.
    const candidates = query.numbers.reduce<readonly SearchEntry[]>((acc, n) => byDigits(acc, n), entries);
    const words = query.text.replace(/\d+/g, '');
    if (query.numbers.length > 0 && (words === '' || candidates.length === 0)) return candidates.slice(0, MAX_RESULTS);
    const index = query.numbers.length > 0 ? fuse(/^[a-z]+$/.test(words) ? LATIN : HAN, candidates) : query.latin ? latin : han;
    const found = index.search(words, { limit: MAX_RESULTS }).map((r) => r.item);
    return found.length > 0 || query.numbers.length === 0 ? found : candidates.slice(0, MAX_RESULTS);
  };
}
