import type { Hotline } from '../schema/catalogue.ts';
import type { Change } from '../schema/change.ts';
import type { Notice, SearchEntry } from './entry.ts';

/** What one answer page says, as the search result shows it. */
export interface AnsweredNumber {
  number: string;
  aliases: readonly string[];
  /** The list's name for the line; null when the list does not mention it. */
  name: string | null;
  /** The name to show, in the page's language. */
  label: string;
  department: string | null;
  href: string;
  verdict: string;
  /** What a reassigned number is called and found by now (心理援助热线, 抑郁, counselling). */
  now?: { names: readonly string[]; keywords: readonly string[]; english: readonly string[] } | undefined;
  /** Safety words that put it first (safetyWord), and what to say at once when it is. */
  first?: readonly string[] | undefined;
  notice?: Notice | undefined;
  /** The crisis line, once a change made it one. */
  crisis?: true | undefined;
  /** Found by digits only as its whole number (an emergency number). */
  whole?: true | undefined;
}

/** The words a reassigned number is found by now (心理援助, counselling), on top of the catalogue's. */
export const nowWords = (change: Change | null): AnsweredNumber['now'] =>
  change?.now.service
    ? { names: [change.now.service.zh], keywords: change.now.keywords.zh, english: [change.now.service.en, ...change.now.keywords.en] }
    : undefined;

/**
 * A search entry for an answered number: the list's words, the catalogue's
 * names and citizen keywords, and English. Its pinyin is spelt from the file's
 * table (searchFile), so it starts empty. Build time only.
 * @example searchEntry({ number: '12369', name: '环境保护投诉举报', … }, catalogue.get('12369'))
 * // { keywords: ['环保', '噪音', …], english: ['environmental protection complaints hotline', 'noise', …], pinyin: [], … }
 */
export function searchEntry(answered: AnsweredNumber, hotline: Hotline | undefined): SearchEntry {
  const names = [...(answered.now?.names ?? []), ...(hotline ? [hotline.name, hotline.shortName] : [])];
  const keywords = [...(answered.now?.keywords ?? []), ...(hotline?.keywords ?? [])];
  const name = answered.name ?? hotline?.name ?? answered.number;
  return {
    number: answered.number,
    aliases: [...answered.aliases],
    name,
    label: answered.label,
    names: names.filter((n) => n !== name),
    keywords,
    department: answered.department ?? '',
    pinyin: [],
    initials: [],
    english: [...(answered.now?.english ?? []), ...(hotline ? [hotline.englishName, ...hotline.englishKeywords] : [])].map((e) => e.toLowerCase()),
    href: answered.href,
    verdict: answered.verdict,
    ...(answered.first ? { first: [...answered.first] } : {}),
    ...(answered.notice ? { notice: answered.notice } : {}),
    ...(answered.crisis ? { crisis: true as const } : {}),
    ...(answered.whole ? { whole: true as const } : {}),
  };
}
