import { isUndecided } from './undecided.ts';
import { rowOf } from './cross-check.ts';
import type { DataProblem } from './data-error.ts';
import { draftList, type DraftLine } from '../import/draft.ts';
import { scheduleOf } from '../import/schedule-text.ts';
import type { Hotline } from '../schema/catalogue.ts';
import type { Line } from '../schema/line.ts';
import type { List } from '../schema/list.ts';
import type { ReaderDecision } from '../schema/reader-decision.ts';
import type { Schedule } from '../schema/schedule.ts';

type Field = ReaderDecision['field'];

/** One place where the list and its document, as the importer's reader reads it, disagree. */
interface Difference {
  number: string | null;
  field: Field;
  /** What the reader reads, as a decision quotes it. */
  read: string;
  /** Whether `read` is the document's words (shown in quotes). */
  words?: boolean;
  /** What the list has there. */
  found: string;
  /** The list's row, when the list has one. */
  index?: number;
  /** The row as messages name it. */
  row: string;
  /** The document line the reader read it from. */
  at?: number;
}

/** Words compared without the spaces a page or PDF breaks lines with. */
const unspaced = (s: string) => s.replace(/\s+/gu, '');
/** Words compared without spaces and punctuation: a cell the list splits into several remarks, or joins. */
const bare = (s: string) => s.replace(/[\s\p{P}]+/gu, '');
/** A value the reader decided: not left open, not null. */
const decided = (v: unknown) => v !== null && v !== undefined && !isUndecided(v);

/** A schedule's dates in one comparable phrase: "deadline 2021-08-31", "window 2021-05-01..2021-05-31", "phases 2021-06-01..2021-09-30, 2021-10-01..". */
function datesOf(s: Pick<Schedule, 'deadline' | 'window' | 'phases'> | null | undefined): string {
  if (!s) return 'no schedule';
  if (s.deadline) return `deadline ${s.deadline}`;
  if (s.window) return `window ${s.window.from}..${s.window.to}`;
  return `phases ${(s.phases ?? []).map((p) => `${p.from}..${p.to ?? ''}`).join(', ')}`;
}

/** Every text of a row shown as the document's words: where a remark the reader reads may stand. */
const rowWords = (l: Line) => bare([...l.remarks, l.schedule?.text ?? '', ...(l.schedule?.phases ?? []).map((p) => p.text), ...l.exceptions.map((e) => e.text), l.answeredBy ?? ''].join(''));

/** Matches the reader's rows to the list's: by number, and a row without one by its section and place among such rows. */
function keys(lines: readonly Pick<Line, 'number' | 'section'>[]): string[] {
  const seen = new Map<string, number>();
  return lines.map((l) => {
    if (l.number !== null) return l.number;
    const section = unspaced(l.section);
    const k = (seen.get(section) ?? 0) + 1;
    seen.set(section, k);
    return `(no number) ${section} ${k}`;
  });
}

/** The differences between one list row and the reader's reading of it, field by field, where the reader decides the field. */
function rowDifferences(l: Line, r: DraftLine, base: Omit<Difference, 'field' | 'read' | 'found'>): Difference[] {
  const out: Difference[] = [];
  const differ = (field: Field, read: string, found: string, words = false) => out.push({ ...base, field, read, found, words });
  if (decided(r.section) && unspaced(r.section) !== unspaced(l.section)) differ('section', r.section, `"${l.section}"`, true);
  if (r.row !== l.row) differ('serial', String(r.row ?? 'no 序号'), String(l.row ?? 'no 序号'));
  if (decided(r.mode) && r.mode !== l.mode) differ('mode', r.mode, l.mode);
  if (decided(r.department) && !l.inferred.department && unspaced(r.department!) !== unspaced(l.department ?? '')) {
    differ('department', r.department!, l.department === null ? 'null' : `"${l.department}"`, true);
  }
  if (decided(r.agents) && r.agents !== l.agents) differ('agents', r.agents!, String(l.agents));
  if (typeof r.schedule === 'object' && r.schedule && datesOf(r.schedule) !== datesOf(l.schedule)) {
    differ('schedule', `${datesOf(r.schedule)} ("${r.schedule.text}")`, l.schedule ? `${datesOf(l.schedule)} ("${l.schedule.text}")` : 'no schedule');
  }
  const words = rowWords(l);
  for (const remark of r.remarks ?? []) if (!words.includes(bare(remark))) differ('remarks', remark, l.remarks.length > 0 ? JSON.stringify(l.remarks) : 'no remark', true);
  return out;
}

/**
 * The one check of a list against its own document: the document is read again by the importer's
 * reader (`draftList`, the same code `npm run import` drafts with), and every field the reader can
 * see — each row and its number, section, 序号, mode (by heading, tick or column), department,
 * agents, the date its schedule text states, its remarks — must agree with the list, unless the list
 * records a reviewer's decision for that difference (`readerDecisions`). A decision that no longer
 * matches a difference is refused too, so none outlives what it was about. Independently of the
 * reader, a schedule whose own text states a date ("8 月底") must carry that date.
 * @param file the list file, as messages name it
 * @param document the document's text (up to where it ends), as content/sources/ keeps it
 * @param documentFile the document's file, as messages name it
 * @param lineOf the line in the list file of a field's path
 * @returns every difference not decided, and every decision left over
 */
export function documentProblems(
  file: string,
  list: List,
  document: string,
  documentFile: string,
  catalogue: readonly Pick<Hotline, 'number' | 'name' | 'scope'>[],
  lineOf: (path: (string | number)[]) => number | undefined,
): DataProblem[] {
  const { list: draft, report } = draftList(document, { region: list.region, sourceId: list.source.id, catalogue, added: '2021-01-01' });
  const readKeys = keys(draft.lines.map((l) => ({ number: l.number, section: decided(l.section) ? l.section : '' })));
  const read = new Map(readKeys.map((k, j) => [k, j]));
  const differences: Difference[] = [];
  const problems: DataProblem[] = [];

  keys(list.lines).forEach((k, i) => {
    const l = list.lines[i]!;
    const j = read.get(k);
    if (j === undefined) {
      differences.push({ number: l.number, field: 'row', read: 'no such row', found: `the row (${l.section}, ${l.mode})`, index: i, row: rowOf(l) });
      return;
    }
    read.delete(k);
    differences.push(...rowDifferences(l, draft.lines[j]!, { number: l.number, index: i, row: rowOf(l), at: report.read[j]!.line }));
  });
  for (const j of read.values()) {
    const r = draft.lines[j]!;
    const mode = decided(r.mode) ? r.mode : 'mode undecided';
    differences.push({ number: r.number, field: 'row', read: `${decided(r.section) ? r.section : 'no section'}, 序号 ${r.row ?? 'none'}, ${mode}`, found: 'no row for it', row: rowOf(r), at: report.read[j]!.line });
  }

  const used = new Set<number>();
  for (const d of differences) {
    const decision = list.readerDecisions.findIndex((x) => x.number === d.number && x.field === d.field && x.read === d.read);
    if (decision !== -1) {
      used.add(decision);
      continue;
    }
    const where = d.at ? `${documentFile} line ${d.at}` : documentFile;
    const decide = `, or, if the list is right, a reviewer's decision in readerDecisions: { number: ${d.number ?? 'null'}, field: ${d.field}, read: ${JSON.stringify(d.read)}, why: … }`;
    const expected =
      d.field === 'row' && d.index !== undefined
        ? `a row the importer's reader reads in ${documentFile}: it reads none for ${d.number ?? `the row without a number under "${list.lines[d.index]!.section}"`} (correct the number or section)${decide}`
        : d.field === 'row'
          ? `a row for ${d.number ?? 'it'}, which ${where} lists (${d.read}): add the row${decide}`
          : `${d.words ? `"${d.read}"` : d.read}, as ${where} reads (correct the list${d.field === 'mode' ? '; two rows swapped show as two such problems' : ''})${decide}`;
    problems.push({ file, line: d.index === undefined ? lineOf(['lines']) : lineOf(['lines', d.index, ...(d.field === 'row' || d.field === 'serial' ? [] : [d.field])]), row: d.row, field: d.field === 'row' ? undefined : d.field === 'serial' ? 'row' : d.field, found: d.found, expected });
  }
  list.readerDecisions.forEach((x, i) => {
    if (used.has(i)) return;
    problems.push({
      file,
      line: lineOf(['readerDecisions', i]),
      field: `readerDecisions.${i}`,
      found: `a decision for ${x.number ?? 'a row without a number'}, ${x.field}, read ${JSON.stringify(x.read)}, which matches no difference between the list and ${documentFile}`,
      expected: 'a decision only where the reader reads the document otherwise than the list: remove it, or copy "read" from the message that asks for it',
    });
  });
  return [...problems, ...scheduleTextProblems(file, list, lineOf)];
}

/**
 * A schedule whose own words state a date or window ("8 月底", "12月31日前", "5月1日至5月31日")
 * must carry that date: the page shows both, and a citizen reads the date.
 */
export function scheduleTextProblems(file: string, list: List, lineOf: (path: (string | number)[]) => number | undefined): DataProblem[] {
  return list.lines.flatMap((l, i) => {
    const s = l.schedule;
    const stated = s && (s.deadline || s.window) ? scheduleOf(s.text) : null;
    if (!s || !stated || datesOf(stated) === datesOf(s)) return [];
    const field = s.deadline ? 'deadline' : 'window';
    return [{ file, line: lineOf(['lines', i, 'schedule', field]), row: rowOf(l), field: `schedule.${field}`, found: `${datesOf(s)}, which its text "${s.text}" contradicts`, expected: `${datesOf(stated)}, the date its text states${stated.yearAssumed ? ' (the year 2021 assumed, as the text gives none)' : ''}; or the document's words for the date the list means` }];
  });
}
