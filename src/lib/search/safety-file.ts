import type { Hotline } from '../schema/catalogue.ts';
import type { Safety } from '../schema/safety.ts';
import type { AnsweredNumber } from './build-entries.ts';
import type { SafetyFile } from './entry.ts';
import { compileLine, GAP } from './safety-patterns.ts';
import { readForSafety, type Recognition } from './safety-normalise.ts';
import { withRealWords } from './safety-real-words.ts';
import { searchFile } from './search-file.ts';
import { t2sPairs } from './t2s-map.ts';

type Both = { zh: readonly string[]; en: readonly string[] };
/**
 * A line's words and patterns as the browser receives them: a word is a pattern of one part, read the same
 * way (safety-patterns.ts), so a word its line's patterns already find on its own is not sent again, and a
 * pattern loses the spaces around "…" and "|" (they only help a reader of content/safety.yaml). The file is
 * precached on every phone: bytes here are bytes on each first visit.
 * @example patternsOf({ zh: ['想死'], en: [] }, { zh: ['想 …1 死'], en: [] }, recognition) // ['想…1死']
 */
function patternsOf(words: Both, patterns: Both, recognition: Recognition): string[] {
  // A space before a digit stays: 想 …1 4楼 must not become 想…14楼, a gap of fourteen.
  const around = new RegExp(String.raw`\s*(${GAP}|\|)\s*(?!\d)`, 'gu');
  const compact = [...patterns.zh, ...patterns.en].map((p) => p.replace(around, '$1'));
  const found = compileLine(compact, {}, recognition);
  const needed = [...words.zh, ...words.en].filter((w) => !found(readForSafety(w, {}, { contractions: recognition.contractions })));
  return [...new Set([...needed, ...compact])];
}

/** What a safety file says, in one page language. */
export interface SafetyWords {
  /** "Emergency number, never merged: call {number} directly". */
  emergency: (number: string) => string;
  /** "If a life is in danger, call 110 or 120 now". */
  urgent: string;
  /** "This is 12345, the government service hotline". */
  self: string;
  /** A name in the page's language. */
  label: (name: { zh: string; en: string }) => string;
  /** A path below the language's root as a link. */
  href: (path: string) => string;
}

/**
 * /search/safety.json in one language, from content/safety.yaml: an entry per emergency number, first
 * whenever a query says one of its words or patterns and told "dial it directly"; 12345's own entry;
 * the crisis line's words and patterns, with the numbers to call at once; and how to read a query for
 * danger. One file for every region: the same words are not sent in each. Build time.
 */
export function buildSafetyFile(safety: Safety, catalogue: ReadonlyMap<string, Hotline>, words: SafetyWords): SafetyFile {
  const { emergency, crisis, self, model } = safety;
  const recognition = withRealWords(safety);
  const entries: AnsweredNumber[] = emergency.numbers.map((e) => {
    const verdict = words.emergency(e.number);
    return {
      number: e.number,
      aliases: [],
      // Nothing for ranking to match: only its patterns or its whole number find an emergency line,
      // never a fuzzy likeness (交通违章查询 is not 交通事故报警电话).
      name: null,
      label: words.label(e.name),
      department: null,
      href: words.href(`n/${e.number}/`),
      verdict,
      first: patternsOf(e.words, e.patterns, recognition),
      notice: { text: verdict, dial: [e.number], urgent: true },
      // Only its whole number finds it: "1" or "11", typed on the way to 12369, never offers an emergency call.
      whole: true,
    };
  });
  // 12345 itself, typed: the line this whole site is about.
  entries.push({ number: self.number, aliases: [], name: self.name.zh, label: words.label(self.name), department: null, href: words.href(''), verdict: words.self, notice: { text: words.self, dial: [self.number] }, now: { names: self.names.zh, keywords: [], english: self.names.en } });
  const file = searchFile(entries, catalogue);
  const first = patternsOf(crisis.words, crisis.patterns, recognition);
  // The traditional forms of every character the check compares: 憂鬱 typed must read as 忧郁, 死機 as 死机.
  const read = [...first, ...recognition.innocent.zh, ...recognition.fillers.zh, ...Object.entries(recognition.variants).flat(), ...recognition.paperwork.zh, ...recognition.rescued.zh, ...recognition.about.zh, ...recognition.subjects.zh, ...recognition.speaker.zh, ...Object.values(recognition.classes).flat(), ...Object.keys(model?.weights ?? {})];
  return { ...file, t2s: file.t2s + t2sPairs(read), recognition, ...(model ? { model } : {}), crisis: { first, notice: { text: words.urgent, dial: crisis.urgent, urgent: true } } };
}
