import type { SafetyModel } from './safety-model.ts';
import type { Recognition } from './safety-normalise.ts';

/**
 * What the browser searches: one entry per number a page answers, with every
 * form a citizen might type precomputed at build time (pinyin, initials,
 * English), so the browser ships no pinyin library.
 */
export interface SearchEntry {
  /** The number as dialled. */
  number: string;
  /** Other numbers of the same line (Jilin 12393 ↔ 96618). */
  aliases: string[];
  /** The name the region's list uses, else the official name: matched, never shown. */
  name: string;
  /** The name the result shows, in the page's language. */
  label: string;
  /** Official and everyday names from the catalogue. */
  names: string[];
  /** Words citizens type for it (噪音, 工资拖欠). */
  keywords: string[];
  /** The responsible department, where the list names one. */
  department: string;
  /**
   * Full pinyin without tones or spaces of names and keywords (huanbao). In the
   * file, only those the file's table would misspell (的士 dishi); the browser
   * adds the rest from the table (readings.ts).
   */
  pinyin: string[];
  /** Pinyin initials of names and keywords (hb, gjj), filled in the same way. */
  initials: string[];
  /** English name and words, lower case. */
  english: string[];
  /** The page that answers it. */
  href: string;
  /** The answer in a few words, in the page's language, shown under the result (已停用，请拨打 12345). */
  verdict: string;
  /**
   * Patterns that put this entry first whenever a query matches one, before any ranking: a person in
   * danger (不想 … 活 → 12356) or an emergency (晕倒 → 120). See SafetyPattern.
   */
  first?: string[];
  /** What to tell the citizen at once when this entry comes first, with the numbers to call (有生命危险请立即拨打 110 或 120). */
  notice?: Notice;
  /** The crisis line, since a national change made it one: the safety file's crisis words and notice join it (withSafety). */
  crisis?: true;
  /** Found by digits only when they are its whole number (110), never as the start of a longer one (1, 11): an emergency number. */
  whole?: true;
}

/** A sentence to say at once, and the numbers it asks the citizen to call. */
export interface Notice {
  text: string;
  dial: string[];
  /** Said because of danger (a crisis, an emergency): the safety net's line is not needed beside it. */
  urgent?: true;
}

/** One search data file: /search/{region}.json or /search/national.json, per language (/en/search/…). */
export interface SearchFile {
  entries: SearchEntry[];
  /** Traditional → simplified, for just the characters in these entries, as pairs: '環环醫医' (readT2S). */
  t2s: string;
  /** The pinyin of every character of the entries' names and words: "gong公工ji积" (readings.ts). */
  pinyin: string;
  /** How the safety check reads a query (content/safety.yaml), once the safety file is joined (withSafety). */
  recognition?: Recognition;
  /** The learned score of danger, asked when no pattern matched or to overrule one in a query about a show, a sale, a job or a pet (safety-model.ts, safety.ts), once the safety file is joined. */
  model?: SafetyModel;
}

/**
 * /search/safety.json, one per language and the same for every region: the emergency numbers'
 * entries, and the crisis line's words and notice, joined to each page's own file in the browser.
 */
export interface SafetyFile extends SearchFile {
  crisis: { first: string[]; notice: Notice };
}
