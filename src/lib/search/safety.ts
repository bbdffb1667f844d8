import type { SafetyFile, SearchEntry, SearchFile } from './entry.ts';
import { readT2S, type T2S } from './normalise.ts';
import { scoreText, topKind } from './safety-model.ts';
import { compileLine } from './safety-patterns.ts';
import { byFirstToken, readForSafety, SEP, type Recognition, type SafetyText } from './safety-normalise.ts';

/** Words (each a sequence of tokens) by their first token (byFirstToken). */
type ByFirst = Map<string, string[][]>;
const byFirst = (words: readonly string[][]): ByFirst => byFirstToken(words, (w) => w);

/** Where the last of `words` to stand in `tokens` ends, or -1 when none does. */
function lastEnd(tokens: readonly string[], words: ByFirst): number {
  let end = -1;
  tokens.forEach((t, i) => {
    for (const w of words.get(t) ?? []) if (w.every((x, k) => tokens[i + k] === x)) end = Math.max(end, i + w.length);
  });
  return end;
}

/** The tokens after the last place one of `words` stands, or `tokens` itself when none does. */
function after(tokens: string[], words: ByFirst): string[] {
  const end = lastEnd(tokens, words);
  return end < 0 ? tokens : tokens.slice(end);
}

/**
 * How far below every kind's threshold (in tenths, as the model's scores are) the learned score must be for a query
 * about a show, a sale, a job or a pet to overrule a pattern: a confident "ordinary question", not a doubtful one.
 * Chosen on 2026-12-07 from `npm run safety:train -- --cv`, which lists what the overrule takes away with its out-of-fold
 * score: with no margin it took 2 danger phrasings a pattern had found (a child bitten by a dog and bleeding, at −1.2 and
 * −2.1) and 12 ordinary questions (−2.3 to −12.5); at 3.5 it takes no danger and 10 ordinary questions, 1.4 to spare.
 */
const CALM = 35;

/**
 * How far above its threshold (in tenths) the learned score of a graver kind must be to go before a pattern's answer.
 * Chosen on 2026-12-07 from `npm run safety:train -- --cv`, the check's errors out of fold: 835 with no such step,
 * 830 at 0, 826 at 1.5, 823 at 3.0, 827 at 5.0 (any kind first then; limited to the graver kinds, 806 at 1.5 and 808
 * at 3.0, on the data of that hour). The middle of the flat stretch.
 */
const SURE = 20;

/**
 * How far below the crisis line's threshold (in tenths) its learned score may be when the search asks again (its
 * `unmatched`: the words matched no line, or only the crisis line by its own words): there the answer would be only
 * "dial 12345", or 12356's number without its answer, and words close to distress get the crisis answer (12356, with
 * the 110 and 120 line) instead. Only the crisis line: a false emergency button costs more than a
 * crisis answer given to an ordinary question. Chosen on 2026-12-07 out of fold (five folds, the phrasings no pattern
 * or threshold answered and no line's words matched): at 1.0, 60 more crisis phrasings with 12356 first and 6 ordinary
 * questions of 4,882 given it; at 2.0, 96 and 18; at 3.0, 136 and 30.
 */
const UNSURE = 20;

/** Where a person ends a clause (spaces are not: they also part the words of a search, 自杀 新闻). */
const CLAUSE = /[，。！？；,!?;…\n]+|\.(?!\d)/u;

/** Digits and what goes with a phone number only: a number typed is never read as words of danger. */
const PHONE = /^[\d\s\-‐‑–—+().（）]*$/u;

/**
 * The safety check of one page's search: the lines whose patterns (`first`: a person in danger → 12356,
 * an emergency → 110…) a query matches, in the file's order (the crisis line before the emergency
 * numbers). Run on the raw query, apart from and before any ranking; compiled once per file. `unmatched`: the
 * search found the query's words about no line but the crisis line, and the crisis line is given where its score is
 * near its threshold (UNSURE).
 * @example createSafetyCheck(withSafety(page, safety))('我真的不想再活下去了')[0]?.number // '12356'
 */
export function createSafetyCheck(file: SearchFile): (raw: string, unmatched?: boolean) => SearchEntry[] {
  const recognition = file.recognition;
  const guarded = recognition ? file.entries.filter((e) => e.first && e.first.length > 0) : [];
  if (!recognition || guarded.length === 0) return () => [];
  const t2s = readT2S(file.t2s);
  const read = safetyReader(recognition, t2s);
  const han = (w: string) => readForSafety(w, t2s).han.filter((t) => t !== SEP);
  const words = (w: string) => readForSafety(w, t2s, { contractions: recognition.contractions }).words;
  const listed = (list: { zh: string[]; en: string[] } | undefined) => ({ han: byFirst((list?.zh ?? []).map(han)), words: byFirst((list?.en ?? []).map(words)) });
  const paperwork = listed(recognition.paperwork);
  const rescued = listed(recognition.rescued);
  const about = listed(recognition.about);
  const subjects = listed(recognition.subjects);
  const speaker = listed(recognition.speaker);
  const others = listed(recognition.others);
  const holds = (text: SafetyText, words: { han: ByFirst; words: ByFirst }) => lastEnd(text.han, words.han) >= 0 || lastEnd(text.words, words.words) >= 0;
  const model = file.model;
  // A pattern found in a query about a show, a sale, a job or a pet (跳楼大甩卖, 救护车随车护士招聘, 猫误食) gives way to a
  // learned score confidently calm for every kind — but the crisis line never does where a person speaks of themself.
  const givesWay = (found: SearchEntry[], text: SafetyText) =>
    !!model && holds(text, subjects) && Math.max(...scoreText(model, text)) <= -CALM && !(found.some((e) => !e.whole) && holds(text, speaker));
  // What is said apart from a subject (新闻, 宣传, training course): in a clause holding one, danger said only before the
  // last of them is the subject; a clause of its own is not (男友说活着没意思，还把游戏帐号送人了).
  const apart = (raw: string, text: SafetyText): SafetyText => {
    if (!holds(text, about)) return text;
    const clauses = raw.split(CLAUSE).map(read).map((c) => ({ han: after(c.han, about.han), words: after(c.words, about.words) }));
    return { han: clauses.flatMap((c, i) => (i === 0 ? c.han : [SEP, ...c.han])), words: clauses.flatMap((c) => c.words) };
  };
  // Someone else seen in danger now (有人跳河了 人还在水里): the emergencies a pattern named are the call to make, the
  // crisis line after them. A person speaking of themself (我, i, my) keeps the crisis line first; so does a wish said
  // with nobody named (想吃一整瓶药). Null where it changes nothing.
  const bystander = (found: SearchEntry[], text: SafetyText): SearchEntry[] | null =>
    found[0]?.crisis && found.some((e) => e.whole) && holds(text, others) && !holds(text, speaker) ? [...found.filter((e) => e.whole), ...found.filter((e) => !e.whole)] : null;
  const readings = new Map<string, string[]>();
  const lines = guarded.map((entry) => ({ entry, test: compileLine(entry.first!, t2s, recognition, readings) }));
  const crisis = guarded.find((e) => e.crisis);
  return (raw, unmatched = false) => {
    if (PHONE.test(raw.normalize('NFKC'))) return [];
    const text = read(raw);
    // A question about paperwork after the fact (骨折 报销, car accident insurance claim) is no emergency happening now.
    const afterTheFact = holds(text, paperwork);
    const told = apart(raw, text);
    const aboutIt = told !== text;
    const found = lines.filter((l) => !(afterTheFact && l.entry.whole) && l.test(text) && (!aboutIt || l.test(told))).map((l) => l.entry);
    if (found.length > 0) {
      if (givesWay(found, text)) return [];
      // A pattern names one danger, and the learned score may be sure of a graver one it missed: a person in crisis at a
      // bridge's railing (the crisis line, whose answer still offers 110 and 120), or someone injured in a crash the 122
      // patterns found (120). That one goes first. Never one emergency over another a pattern named: there the words
      // were specific and the score is the one guessing (hurt → 120 in "he is coming over to hurt me").
      if (!model) return bystander(found, text) ?? found;
      // The same scores answer every question below: read once.
      const score = scoreText(model, told);
      const other = topKind(model, score, SURE);
      const line = other ? guarded.find((e) => e.number === other && !found.includes(e) && !(afterTheFact && e.whole)) : undefined;
      const graver = !!line && (!!line.crisis || (line.number === '120' && found.every((e) => e.number === '122')));
      if (graver) return [line, ...found];
      const of = (e: SearchEntry) => score[model.classes.indexOf(e.number)] ?? -Infinity;
      // Two emergencies, both named (a gas leak and a neighbour fainted; a stabbing and blood): the learned score says
      // which comes first — unless the person is already out of what held them (a child pulled from a pond and not
      // breathing), where their body's state is what is happening now: 120. The emergency lines keep their places after
      // any crisis line.
      const now = holds(text, rescued) ? (e: SearchEntry) => (e.number === '120' ? Infinity : of(e)) : of;
      const emergencies = found.filter((e) => e.whole).sort((a, b) => now(b) - now(a));
      const ordered = [...found.filter((e) => !e.whole), ...emergencies];
      const seen = bystander(ordered, text);
      if (seen) return seen;
      // Distress and a body in danger, both named (a bottle of pills taken, and not waking): the learned score says
      // which comes first — 120 where it reads an emergency happening now, the crisis line where it reads a wish.
      const medical = ordered.find((e) => e.number === '120');
      if (medical && ordered[0]!.crisis && of(medical) > of(ordered[0]!)) return [medical, ...ordered.filter((e) => e !== medical)];
      return ordered;
    }
    if (!model) return found;
    // Danger no pattern was written for, recognised by the pieces it is made of (safety-model.ts): the crisis
    // line, or an emergency line for danger happening now, never for a question about paperwork after it.
    const score = scoreText(model, told);
    const said = topKind(model, score);
    if (said === null && unmatched && crisis && score[model.classes.indexOf(crisis.number)]! > -UNSURE) return [crisis];
    return guarded.filter((e) => e.number === said && !(afterTheFact && e.whole));
  };
}

/**
 * How the safety check reads a query: readForSafety with the file's short forms, innocent words and
 * variants. Shared by the check and by the model's training (scripts/safety-train.ts), so that both
 * read a query alike.
 * @example safetyReader(recognition, {})('我真的想屎').han // ['我', '真', '的', '想', '死']
 */
export function safetyReader(recognition: Recognition, t2s: T2S): (raw: string) => SafetyText {
  const innocent = {
    han: recognition.innocent.zh.map((w) => readForSafety(w, t2s).han),
    words: recognition.innocent.en.map((w) => readForSafety(w, t2s, { contractions: recognition.contractions }).words),
  };
  const han = (w: string) => readForSafety(w, t2s).han.filter((t) => t !== SEP);
  // A variant is read as typed, piece by piece: zs alone has no character beside it to be glued to.
  const typed = (w: string) => w.match(/\p{Script=Han}|[a-z0-9]+/gu)!.map((t) => t2s[t] ?? t);
  const variants = Object.entries(recognition.variants ?? {}).map(([from, to]) => [typed(from), han(to)] as const);
  return (raw) => readForSafety(raw, t2s, { contractions: recognition.contractions, innocent, variants });
}

/**
 * An entry found only because the digits typed are the start of its number (1 → 110, 1235 → 12356):
 * listed without what it says at once, and an emergency number not at all — the next tap of someone
 * typing 12369 must never land on an emergency call. Null when it is not to be listed.
 * @example startOfNumber(entry110) // null
 */
export function startOfNumber(e: SearchEntry): SearchEntry | null {
  if (e.whole) return null;
  if (!e.notice) return e;
  const { notice: _, ...quiet } = e;
  return quiet;
}

/**
 * A page's search file with the safety file joined: the emergency numbers' entries (and 12345's own)
 * added, the crisis line (marked `crisis` where a change made it one) given the crisis patterns and
 * notice, and how to read a query for danger. The page's own pinyin table comes last, so its readings win.
 * @example withSafety(quanzhou, safety).entries.find((e) => e.number === '12356')?.first?.includes('想…1死') // true
 */
export function withSafety(file: SearchFile, safety: SafetyFile): SearchFile {
  const entries = file.entries.map((e) => (e.crisis ? { ...e, ...safety.crisis } : e));
  return { entries: [...entries, ...safety.entries], t2s: safety.t2s + file.t2s, pinyin: safety.pinyin + file.pinyin, ...(safety.recognition ? { recognition: safety.recognition } : {}), ...(safety.model ? { model: safety.model } : {}) };
}
