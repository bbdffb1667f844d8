import type { T2S } from './normalise.ts';
import { byFirstToken, isGlued, MASK, readForSafety, readPlain, SEP, type Recognition, type SafetyText } from './safety-normalise.ts';

/**
 * A way of saying danger, written in content/safety.yaml as parts in order with a few characters
 * (Chinese) or words (English) allowed between them:
 * - `不想 … 活` — 不想, then within the gap 活 (不想再这样活, 不想活了);
 * - `楼|桥|河 … 跳 … 下去|下来` — alternatives apart with `|`;
 * - `想 …1 死` — at most one character between these two parts, whatever the file's gap says;
 * - `着火 !打不|点不` — not when 打不 or 点不 comes right before (燃气灶打不着火 is a stove, not a fire);
 * - a plain word (救命, overdose) is a pattern of one part;
 * - `{family} …1 不见了` — a class of `recognition.classes` stands for all its alternatives, so one way of
 *   saying it covers every member, and a member added to the class reaches every pattern that names it.
 * English parts are words (`want to … die`), compared after contractions are written out
 * (`do not want to … live`), and a word of six letters or more also matches with one letter
 * missing, extra or two swapped after its first (sucide, suicdie). Fillers (真的, 好, really) never count in a gap.
 */
export type SafetyPattern = string;

/** A pattern ready to match: each part's alternatives as tokens (characters or words). */
export interface CompiledPattern {
  script: 'han' | 'words';
  parts: string[][][];
  /** The most tokens allowed before part i + 1, fillers aside. */
  gaps: number[];
  /** Tokens that, right before the match, cancel it. */
  unless: string[][];
}

/** The syntax of a pattern, for the schema's message and the check below. */
const ALTERNATIVES = String.raw`[^…!|]*[^…!|\s][^…!|]*(?:\|[^…!|]*[^…!|\s][^…!|]*)*`;
/**
 * A gap between parts: "…", or "…2" for at most two between, up to two digits ("…16"). One definition for the check, the
 * reading and the build's compacting (safety-file.ts): a gap read one way in one place and another way elsewhere
 * once left six patterns unable to match (…16 read as …1 before a part "6 …").
 */
export const GAP = String.raw`…\d{0,2}(?!\d)`;
/** Splits a pattern's body into parts and the gaps between them, the gaps kept. */
const BETWEEN = new RegExp(`(${GAP})`, 'u');
export const PATTERN_SYNTAX = new RegExp(String.raw`^${ALTERNATIVES}(?:${GAP}${ALTERNATIVES})*(?:\s+!${ALTERNATIVES})?$`, 'u');

const HAN = /\p{Script=Han}/u;
const ONLY_HAN_START = /^\p{Script=Han}/u;

/**
 * What a pattern that cannot be read breaks, as compilePattern throws it: a word (and what it is about),
 * turned into a sentence only by patternProblem, which the build's data check alone calls, so that pages
 * never carry the sentences (every page's script is within a few bytes of its budget).
 */
const PROBLEMS: Record<string, (detail: string) => string> = {
  syntax: () => 'parts apart with "…" (or "…2" for at most 2 between, two digits at most), alternatives with "|", and at the end " !word|word" for what must not come right before',
  mixed: () => 'Chinese and English in one pattern: write them as two',
  han: (alt) => `Chinese characters in every part ("${alt}" has none)`,
  words: (alt) => `English words in every part ("${alt}" has none)`,
  class: (name) => `{${name}} is no class of recognition.classes`,
};

/**
 * Why a pattern cannot be read, in a plain sentence for the data check to place; null when it can.
 * @example patternProblem('不想 … die', {}, recognition) // 'Chinese and English in one pattern: write them as two'
 */
export function patternProblem(pattern: SafetyPattern, t2s: T2S, recognition: Pick<Recognition, 'contractions' | 'gap' | 'classes'>): string | null {
  try {
    compilePattern(pattern, t2s, recognition);
    return null;
  } catch (error) {
    const [kind = '', detail = ''] = (error as Error).message.split('\n');
    return PROBLEMS[kind]?.(detail) ?? kind;
  }
}

/**
 * Compiles one pattern; throws when it cannot be read (patternProblem says why, in words).
 * @example compilePattern('不想 … 活', {}, recognition).parts // [[['不', '想']], [['活']]]
 */
export function compilePattern(
  pattern: SafetyPattern,
  t2s: T2S,
  recognition: Pick<Recognition, 'contractions' | 'gap' | 'classes'>,
  /** Alternatives already read, by script and text: a class ({drugs}) is read once, not in every pattern that names it. */
  readings = new Map<string, string[]>(),
): CompiledPattern {
  if (!PATTERN_SYNTAX.test(pattern.trim())) throw new Error('syntax');
  // A class name is no English word: the script is that of what the pattern says once its classes are read.
  const said = pattern.replace(/\{(\w+)\}/gu, (_, name: string) => recognition.classes?.[name]?.join('|') ?? '');
  const script = HAN.test(said) ? 'han' : 'words';
  if (script === 'han' && /[a-z]/i.test(said)) throw new Error('mixed');
  const [body = '', unless = ''] = pattern.trim().split(/\s+!/u);
  const read = (alt: string) => {
    const key = `${script} ${alt}`;
    const known = readings.get(key);
    if (known) return known;
    const plain = readPlain(alt.trim(), t2s, recognition.contractions);
    const text = plain && (script === 'han') === ONLY_HAN_START.test(alt.trim()) ? null : readForSafety(alt, t2s, { contractions: recognition.contractions });
    const tokens = text ? (script === 'han' ? text.han.filter((t) => t !== SEP) : text.words) : plain!;
    if (tokens.length === 0) throw new Error(`${script}\n${alt.trim()}`);
    readings.set(key, tokens);
    return tokens;
  };
  const expand = (alt: string): string[] => {
    const name = /^\s*\{(\w+)\}\s*$/u.exec(alt)?.[1];
    if (name === undefined) return [alt];
    const members = recognition.classes?.[name];
    if (!members) throw new Error(`class\n${name}`);
    return members;
  };
  const alternatives = (part: string) => part.split('|').flatMap(expand).map(read);
  const parts: string[][][] = [];
  const gaps: number[] = [];
  const pieces = body.split(BETWEEN);
  for (let i = 0; i < pieces.length; i += 2) {
    parts.push(alternatives(pieces[i]!));
    const gap = pieces[i + 1];
    if (gap !== undefined) gaps.push(gap.length > 1 ? Number(gap.slice(1)) : recognition.gap[script === 'han' ? 'zh' : 'en']);
  }
  return { script, parts, gaps, unless: unless ? alternatives(unless) : [] };
}

const VOWEL = /[aeiouy]/;

/** The same letters, a run of one letter counted once (kil and kill, bleding and bleeding); no string is made. */
function sameRuns(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const letter = a[i];
    if (letter !== b[j]) return false;
    while (a[i] === letter) i++;
    while (b[j] === letter) j++;
  }
  return i === a.length && j === b.length;
}

/**
 * A typo in a word: two letters swapped in any word of three letters or more (wnat, dei, suicdie), a letter doubled or
 * not (kil, killl, bleding, gass), in a word of six or more one letter missing or one extra (sucide, suicidee), and in
 * one of seven or more a vowel written as it sounds (ambulence, burgler) — the slips of a hurried thumb. Another letter
 * changed is not one: noise is not noose, homeless is not hopeless. A real word is never a slip of another (downing is
 * not drowning): the build lists those (realWords).
 */
export const similar = (typed: string, word: string) => {
  if (typed === word) return true;
  // The first letter is never the slip (parking is not sparking), and a short word has too many neighbours one letter
  // more or less away (drying, dying) — but few with two of its letters swapped, or a letter doubled (of, off).
  if (typed[0] !== word[0]) return false;
  if (typed.length !== word.length && Math.min(typed.length, word.length) >= 3 && Math.max(typed.length, word.length) >= 4 && sameRuns(typed, word)) return true;
  if (Math.abs(typed.length - word.length) > 1 || word.length < (typed.length === word.length ? 3 : 6)) return false;
  let i = 0;
  while (i < typed.length && typed[i] === word[i]) i++;
  const rest = (x: number, y: number) => typed.slice(x) === word.slice(y);
  if (typed.length < word.length) return rest(i, i + 1);
  if (typed.length > word.length) return rest(i + 1, i);
  // A vowel written as it sounds, in a long word (ambulence, violance, burgler).
  if (word.length >= 7 && VOWEL.test(typed[i]!) && VOWEL.test(word[i]!) && rest(i + 1, i + 1)) return true;
  return typed[i] === word[i + 1] && typed[i + 1] === word[i] && rest(i + 2, i + 2);
};

/**
 * Does `alt` stand at `at` in `tokens`? With `fuzzy`, English words compare with one typo allowed (see `similar`), but
 * the real words it holds only as typed.
 */
function standsAt(tokens: readonly string[], at: number, alt: readonly string[], fuzzy: ReadonlySet<string> | false): boolean {
  if (at + alt.length > tokens.length) return false;
  for (let k = 0; k < alt.length; k++) {
    const t = tokens[at + k]!;
    if (t === MASK || !(fuzzy && !fuzzy.has(t) ? similar(t, alt[k]!) : t === alt[k])) return false;
  }
  return true;
}

/**
 * A compiled set of patterns for one script, with the fillers that gaps skip; `test` says whether
 * any pattern matches the text.
 */
export function patternMatcher(patterns: readonly CompiledPattern[], fillers: readonly string[][], script: CompiledPattern['script']) {
  // Free in a gap: punctuation, and in Chinese the letters or digits typed among the characters (never an English word).
  const free = (token: string | undefined) => token === SEP || (script === 'han' && token !== undefined && isGlued(token));
  const fillerAt = (tokens: readonly string[], at: number) => {
    if (free(tokens[at])) return 1;
    for (const f of fillers) if (standsAt(tokens, at, f, false)) return f.length;
    return 0;
  };
  const rest = (p: CompiledPattern, tokens: readonly string[], part: number, from: number, fuzzy: ReadonlySet<string> | false): boolean => {
    if (part === p.parts.length) return true;
    let used = 0;
    for (let at = from; at < tokens.length; ) {
      for (const alt of p.parts[part]!) if (standsAt(tokens, at, alt, fuzzy) && rest(p, tokens, part + 1, at + alt.length, fuzzy)) return true;
      const skip = fillerAt(tokens, at);
      if (skip > 0) at += skip;
      else if (used++ < p.gaps[part - 1]!) at++;
      else return false;
    }
    return false;
  };
  const cancelled = (p: CompiledPattern, tokens: readonly string[], start: number) => {
    const before = free(tokens[start - 1]) ? start - 1 : start;
    return p.unless.some((alt) => before >= alt.length && standsAt(tokens, before - alt.length, alt, false));
  };
  // Each pattern's first part, by its first token: a keystroke looks only at the patterns that can start where it stands.
  // Compared with a typo allowed, by the first letter of that token instead: `similar` never lets the first letter slip.
  const starts = patterns.flatMap((p) => p.parts[0]!.map((alt) => ({ p, alt })));
  const byFirst = byFirstToken(starts, (s) => s.alt);
  const byLetter = byFirstToken(starts, (s) => [s.alt[0]![0]!]);
  return (tokens: readonly string[], fuzzy: ReadonlySet<string> | false): boolean => {
    for (let start = 0; start < tokens.length; start++) {
      for (const { p, alt } of (fuzzy ? byLetter.get(tokens[start]![0]!) : byFirst.get(tokens[start]!)) ?? []) {
        if (standsAt(tokens, start, alt, fuzzy) && rest(p, tokens, 1, start + alt.length, fuzzy) && !cancelled(p, tokens, start)) return true;
      }
    }
    return false;
  };
}

/**
 * Compiles a line's patterns once, for both scripts; the returned test reads a query already read for safety.
 * @example compileLine(['想 …1 死', 'want to … die'], {}, recognition)(readForSafety('我好想去死', {})) // true
 */
export function compileLine(patterns: readonly SafetyPattern[], t2s: T2S, recognition: Recognition, readings = new Map<string, string[]>()): (text: SafetyText) => boolean {
  const compiled = patterns.map((p) => compilePattern(p, t2s, recognition, readings));
  const fillers = (words: readonly string[], script: 'han' | 'words') =>
    words.map((w) => readForSafety(w, t2s, { contractions: recognition.contractions })).map((t) => (script === 'han' ? t.han : t.words)).filter((t) => t.length > 0);
  const han = patternMatcher(compiled.filter((p) => p.script === 'han'), fillers(recognition.fillers.zh, 'han'), 'han');
  const words = patternMatcher(compiled.filter((p) => p.script === 'words'), fillers(recognition.fillers.en, 'words'), 'words');
  const real = new Set(recognition.realWords ?? []);
  return (text) => (text.han.length > 0 && han(text.han, false)) || (text.words.length > 0 && words(text.words, real));
}
