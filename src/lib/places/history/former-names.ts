import { kindOf, reach, recordAt, successors, type CodeHistory } from './code-history.ts';
import { documentFor, type ChangeNote, type NoteDocument } from './change-notes.ts';
import type { FormerNamesFile } from '../../schema/former-names.ts';

/**
 * The former names derived from the code history: every prefecture- or county-level name that stopped being used
 * from a year on, with the current divisions it is part of, what happened, when and on whose word
 * (content/former-names.yaml, written by scripts/places/former-names.ts). The rules that keep the search from
 * misleading are here, each with its reason: a current name wins, a researched entry wins, a district's name that
 * says only where in a city is left out, and so is a name the search could not list whole on one screen.
 */

/** A derived former name: a row of content/former-names.yaml (its schema documents each field). */
export type DerivedFormer = FormerNamesFile['former'][number];

/** What the derivation reads besides the history. */
export interface FormerNamesInput {
  history: CodeHistory;
  /** The notes of the change from the year before's table to this year's (diff/1999-2000.diff for 2000). */
  notesOf: (year: number) => readonly ChangeNote[];
  /** The site's current divisions: regions and county-level places, as the site names them, and what of the name is said alone (spokenName: 赣县 of 赣县区). */
  current: readonly { code: string; name: string; said: string | null }[];
  /** The other names the site already has, researched (content/places.yaml: former names and zones), and where each leads. */
  researched: readonly { name: string; to: readonly string[] }[];
  /** What the place search matches a name by, whole (the name, what of it is said, their pinyin): other-name-rows.ts. */
  keysOf: (name: string, readAs: string, to: readonly string[]) => readonly string[];
  /** The first table whose dropped names count (2000: "since about 2000"). */
  since: number;
  /** The year of the site's dataset: its divisions are those at the end of it. */
  asOf: number;
  /** How many results the question shows (question.ts): a name must lead to no more, or some would not be shown. */
  shown: number;
}

/** Why names were left out, and what was kept, for the script's report. */
export interface FormerNamesReport {
  /** Names that stopped being used since `since`, each once per division that had it. */
  ended: number;
  /** Left out: a current division has the name, or says it for its own (郊区 is 阳泉's; 赣县 is 赣县区's; 襄阳区 is no one's). */
  current: string[];
  /** Left out: a district's name of one character and 区 (新区, 市区), which says where in a city, not which city. */
  placeless: string[];
  /** Left out: content/places.yaml has the name, researched by hand, and its entry wins. */
  researched: string[];
  /** Left out: followed change after change, reaching no division of the site's dataset. */
  unreached: string[];
  /** Left out: what the search matches it by leads to more divisions than the question shows. */
  crowded: string[];
  /** Kept, though part of its area reached no division of the site's dataset: the rest is said. */
  partial: string[];
  /** Kept, had by several divisions: the search lists each, with where it is. */
  shared: string[];
  /** Kept entries whose source is a document, and whose source is the code table alone. */
  cited: number;
  fromTables: number;
}

/** A district's name of one character before 区: 新区, 市区, 郊区, 城区, 东区. */
const PLACELESS = /^\p{Script=Han}区$/u;

/** The words a document is cited by: its 文号 and title (once where the title is the 文号), and where it was read. */
function citation(document: NoteDocument | null, year: number): Pick<DerivedFormer, 'source' | 'link'> {
  if (!document) return { source: `民政部 县级以上行政区划代码（${year} 年）` };
  const named = document.number === null || document.title.includes(document.number) ? document.title : `${document.number}《${document.title}》`;
  const read = document.source?.text ? `（${document.source.text}）` : '';
  return { source: named + read, ...(document.source?.url ? { link: document.source.url } : {}) };
}

/**
 * The former names of the history, with the report of what was left out and why.
 * @param said a name without its level, where that is a name of its own (spokenName: 番禺 of 番禺市), for telling
 *   whether a document names it
 * @example formerNames(input, said).entries.find((e) => e.name === '大兴县') // { was: '110224', now: ['110115'], kind: 'renamed', date: '2001-01-09', source: '国函〔2001〕4号《…》（《国务院公报》2001年第6号）', … }
 */
export function formerNames(input: FormerNamesInput, said: (name: string, code: string) => string | null): { entries: DerivedFormer[]; report: FormerNamesReport } {
  const { history, since, asOf } = input;
  const report: FormerNamesReport = { ended: 0, current: [], placeless: [], researched: [], unreached: [], crowded: [], partial: [], shared: [], cited: 0, fromTables: 0 };
  const currentNames = new Set(input.current.flatMap((d) => [d.name, ...(d.said === null ? [] : [d.said])]));
  const currentCodes = new Set(input.current.map((d) => d.code));
  const researched = new Set(input.researched.map((r) => r.name));
  const found: DerivedFormer[] = [];
  const fromTables = new Set<DerivedFormer>();
  const records = [...history.values()].flat().sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.from - b.from));
  for (const record of records) {
    const until = record.until;
    if (record.level === 'province' || until === null || until < since) continue;
    // The name went on under another code (萧山市 339005 → 330181): it stopped only where its last record ended.
    if (successors(history, record).some((code) => recordAt(history, code, until)?.name === record.name)) continue;
    report.ended++;
    // The search finds the current division first, by its name or by what of it is said: the current one wins.
    if (currentNames.has(record.name)) {
      report.current.push(record.name);
      continue;
    }
    // 唐山's 新区 or 濮阳's 市区 would be found where a citizen meant something else: 某某新区 is a new area of 某某,
    // 泉州市区 the city proper of 泉州 (the question reads what ends so as a question about a place, question.ts).
    if (PLACELESS.test(record.name)) {
      report.placeless.push(record.name);
      continue;
    }
    if (researched.has(record.name)) {
      report.researched.push(record.name);
      continue;
    }
    const reached = reach(history, record, (code) => currentCodes.has(code), asOf);
    if (reached.codes.length === 0) {
      report.unreached.push(`${record.name} (${record.code})`);
      continue;
    }
    if (reached.lost) report.partial.push(`${record.name} (${record.code})`);
    const named = documentFor(input.notesOf(until), record, said(record.name, record.code));
    // A document dated after the table that no longer lists the name decided something else: the table is the source then.
    const document = named && (named.date === null || Number(named.date.slice(0, 4)) <= until) ? named : null;
    const entry: DerivedFormer = { name: record.name, was: record.code, now: reached.codes, kind: kindOf(history, record, reached.steps), date: document?.date ?? String(until), ...citation(document, until) };
    if (!document) fromTables.add(entry);
    found.push(entry);
  }
  const entries = uncrowded(found, input, report);
  report.fromTables = entries.filter((e) => fromTables.has(e)).length;
  report.cited = entries.length - report.fromTables;
  return { entries, report };
}

/**
 * The entries without the names the question could not show whole. Several divisions may have had one name
 * (江东区 in 宁波 and 衡阳, 市郊区 in 南宁, 柳州 and 梧州): the search, as for a zone across regions, lists each
 * with where it is and the citizen chooses — it never picks one. But the question shows at most `shown` results:
 * a name, or what of it is said, or their pinyin, that leads to more divisions (with the researched names that
 * share it) would have some cut off unseen, so such a name is left out, and the citizen, finding nothing, is told
 * to call 12345.
 */
function uncrowded(found: readonly DerivedFormer[], input: FormerNamesInput, report: FormerNamesReport): DerivedFormer[] {
  const keys = new Map(found.map((e) => [e, input.keysOf(e.name, e.was, e.now)]));
  const leadsTo = new Map<string, Set<string>>();
  const add = (ks: readonly string[], to: readonly string[]) => ks.forEach((k) => leadsTo.set(k, new Set([...(leadsTo.get(k) ?? []), ...to])));
  for (const r of input.researched) add(input.keysOf(r.name, r.to[0]!, r.to), r.to);
  for (const e of found) add(keys.get(e)!, e.now);
  const holders = new Map<string, number>();
  for (const e of found) holders.set(e.name, (holders.get(e.name) ?? 0) + 1);
  return found.filter((e) => {
    if (keys.get(e)!.some((k) => leadsTo.get(k)!.size > input.shown)) {
      if (!report.crowded.includes(e.name)) report.crowded.push(e.name);
      return false;
    }
    if (holders.get(e.name)! > 1 && !report.shared.includes(e.name)) report.shared.push(e.name);
    return true;
  });
}
