import type { SearchEntry } from './entry.ts';
import { bigrams } from './units.ts';

/** A word of an entry, and how much a match on it counts (a department's name counts less than a citizen's word). */
export interface Term {
  text: string;
  weight: number;
}

/** An entry's words, prepared once per index so a keystroke only compares. */
export interface MatchIndex {
  han: Term[][];
  pinyin: string[][];
  initials: string[][];
  /** Each English term as its words, apostrophes dropped (won't → wont). */
  english: string[][][];
}

export function matchIndex(entries: readonly SearchEntry[]): MatchIndex {
  const lower = (xs: readonly string[], weight: number) => xs.filter((x) => x !== '').map((x) => ({ text: x.toLowerCase(), weight }));
  return {
    han: entries.map((e) => [...lower([e.name, ...e.names, ...e.keywords], 1), ...lower([e.department], 0.5)]),
    pinyin: entries.map((e) => e.pinyin),
    initials: entries.map((e) => e.initials),
    english: entries.map((e) => e.english.map((t) => t.replace(/['’]/g, '').match(/[a-z0-9&]+/g) ?? [])),
  };
}

/**
 * How well one unit fits a word that holds it: fully when they are the same;
 * less the more the word says besides (工资 in 工资拖欠 fits at 0.75), so the
 * line that is about the thing comes before the line that only touches it.
 */
const fit = (unit: string, word: string) => (unit === word || (word.includes(unit) && !GRAMMAR.test(unit)) ? 0.5 + (0.5 * unit.length) / word.length : 0);

/**
 * A piece of a word made only of grammar (不着, 没有, 不了) names no thing: it found 睡不着 (12356) for 车子熄火了打不着.
 * It still matches a word that is all of it.
 */
const GRAMMAR = /^[不没别了着过的地得也就都还很太吗呢吧啊么是在有个这那要会能]+$/u;

const best = (unit: string, terms: readonly Term[]) => terms.reduce((b, t) => Math.max(b, fit(unit, t.text) * t.weight), 0);

/**
 * Each entry's score, 0 (no match) to 1; `whole` when every unit of the query matched some entry whole;
 * `missed` when a word of it (not a character alone) matched no entry whole: perhaps a slip.
 */
export interface Scores {
  scores: number[];
  whole: boolean;
  missed: boolean;
}

/**
 * Scores each entry for a query's units, in any order: each unit weighted by
 * its length and by how few lines it fits (投诉 fits many lines and tells them
 * apart less than 欠薪). A unit no line holds whole is tried by its character
 * pairs; a single character matches only as the whole query (税). The result is scaled by the share of the query's characters that
 * matched at all, so a query mostly unmatched (公基金: only 公) scores low and
 * a typo match can come first.
 */
function scoreUnits(units: readonly string[], fits: (unit: string) => number[], count: number): Scores {
  const scores = new Array<number>(count).fill(0);
  let total = 0;
  let whole = true;
  let missed = false;
  let covered = 0;
  let length = 0;
  const weigh = (unit: string, unitScores: readonly number[]) => {
    const fitting = unitScores.filter((s) => s > 0).length;
    if (fitting === 0) return false;
    const weight = Math.log(1 + count / fitting) * unit.length;
    total += weight;
    unitScores.forEach((s, i) => (scores[i]! += weight * s));
    return true;
  };
  units.forEach((unit, k) => {
    length += unit.length;
    // A character alone among words says too little to match on (人 in 火星人 would find 残疾人), but it may be
    // the start of a word the splitter cut (典 | 当行 for 典当行): it is tried with the next word's first character.
    if (unit.length === 1 && units.length > 1) {
      whole = false;
      const pair = unit + (units[k + 1]?.[0] ?? '');
      if (pair.length === 2 && weigh(pair, fits(pair))) covered += 1;
      return;
    }
    if (weigh(unit, fits(unit))) {
      covered += unit.length;
      return;
    }
    whole = false;
    // Grammar no word holds (没有 in 工地没有安全防护) is not a slip to look up by sound, and says nothing of the line.
    if (GRAMMAR.test(unit)) {
      length -= unit.length;
      return;
    }
    missed = true;
    const hit = new Array<boolean>(unit.length).fill(false);
    bigrams(unit).forEach((pair, i) => {
      if (pair !== unit && weigh(pair, fits(pair))) hit.fill(true, i, i + 2);
    });
    covered += hit.filter(Boolean).length;
  });
  const scale = total === 0 ? 0 : covered / length / total;
  return { scores: scores.map((s) => s * scale), whole, missed };
}

/** Scores for Chinese units (and Latin ones typed inside Chinese, such as KTV) against names, words and department. */
export function hanScores(index: MatchIndex, units: readonly string[]): Scores {
  return scoreUnits(units, (unit) => index.han.map((terms) => best(unit, terms)), index.han.length);
}

/**
 * Scores for Chinese units by how they sound: each unit spelt as syllables (speller, sounds.ts) and
 * found in the entries' names and words spelt the same way, so a word typed with a character of the
 * same sound (社宝, 工积金) finds its line. Units that cannot be spelt are not matched.
 */
export function soundScores(terms: readonly (readonly Term[])[], units: readonly string[], spell: (unit: string) => string | null): Scores {
  const fits = (unit: string) => {
    const sound = spell(unit);
    return terms.map((ts) => (sound === null ? 0 : best(sound, ts)));
  };
  return scoreUnits(units, fits, terms.length);
}

// Words that say nothing about which line: "how do i", "my boss didn't…".
const STOP = new Set('a an the my me i im to of for in on at by is are was be it its and or with how what who where which can do does did not dont didnt doesnt wont cant isnt no get got has have had want need help please call number hotline line about from this that there'.split(' '));

/**
 * An English word fits a term with a word it begins (wage → wages) or that
 * begins it (withdrawal → withdraw); plural s dropped.
 */
function englishFit(word: string, term: readonly string[]): number {
  const stem = word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
  const hit = term.some((w) => w === word || (stem.length >= 3 && w.startsWith(stem)) || (w.length >= 5 && stem.startsWith(w)));
  return hit ? 0.5 + (0.5 * stem.length) / term.join(' ').length : 0;
}

/** Pinyin typed whole (gongzituoqian), or as parts in any order: the share of it that is some word's pinyin. */
function pinyinFit(query: string, pinyin: readonly string[]): number {
  let whole = 0;
  const covered = new Array<boolean>(query.length).fill(false);
  for (const p of pinyin) {
    if (p.includes(query)) whole = Math.max(whole, 0.5 + (0.5 * query.length) / p.length);
    else if (p.length >= 4) for (let at = query.indexOf(p); at >= 0; at = query.indexOf(p, at + 1)) covered.fill(true, at, at + p.length);
  }
  return Math.max(whole, (0.75 * covered.filter(Boolean).length) / query.length);
}

/** Initials are only ever typed from the start: gjj for 公积金. */
function initialsFit(query: string, initials: readonly string[]): number {
  if (query.length < 2) return 0;
  return initials.reduce((b, i) => (i.startsWith(query) ? Math.max(b, 0.5 + (0.5 * query.length) / i.length) : b), 0);
}

/** Scores for a Latin query: the better of pinyin or initials (all letters together) and English (word by word). */
export function latinScores(index: MatchIndex, text: string, words: readonly string[]): Scores {
  const meaningful = words.filter((w) => !STOP.has(w));
  const english = scoreUnits(meaningful, (w) => index.english.map((terms) => terms.reduce((b, t) => Math.max(b, englishFit(w, t)), 0)), index.english.length);
  const pinyin = index.pinyin.map((p, i) => Math.max(pinyinFit(text, p), initialsFit(text, index.initials[i]!)));
  const scores = pinyin.map((s, i) => Math.max(s, english.scores[i]!));
  // Whole: read as pinyin, or every English word matched.
  const whole = pinyin.some((s) => s > 0) || (english.whole && english.scores.some((s) => s > 0));
  return { scores, whole, missed: !whole };
}
