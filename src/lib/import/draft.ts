import { isUndecided, undecided } from '../content/undecided.ts';
import type { Hotline } from '../schema/catalogue.ts';
import { cellEntries, enumerated, plainCell, type Entry } from './entries.ts';
import { scheduleOf, type DraftSchedule } from './schedule-text.ts';
import { sourceFacts } from './source-facts.ts';
import { isTicked, joinedHead, subHead, tableHead, type Head, type Role } from './table-head.ts';
import { agentsStated, MODE_WORDS, modeHeading, modesNamed, otherHeading } from './wording.ts';

/** A row as the list schema writes it; any field may hold a `TO DECIDE:` marker instead of its value. */
export interface DraftLine {
  row: number | null;
  section: string;
  number: string | null;
  aliases?: string[];
  name: string;
  department: string | null;
  mode: string;
  agents: string | null;
  inferred?: { name?: string; agents?: string };
  answeredBy?: string;
  schedule?: DraftSchedule | string;
  remarks?: string[];
}

/** A list as the schema writes it, drafted: content/lists/{code}-{name}.yaml. */
export interface DraftList {
  region: string;
  source: { id: string; issuer: string | null; title: string; documentNumber: string | null; date: string | null; url: null };
  counts: { merged: number; parallel: number; subcenter: number; stated: false };
  rules: [];
  lines: DraftLine[];
  history: [{ date: string; kind: 'added' }];
}

/** What the editor reads after a draft: what was drafted, what to look at and where in the document. */
export interface DraftReport {
  rows: number;
  /** Rows with a field left open or worth a second look, by their line in the document. */
  toCheck: { line: number; row: string; what: string }[];
  /** Numbers the document names that the catalogue does not know: add them there first. */
  uncatalogued: { number: string; line: number }[];
  /** National catalogue numbers the document never names. */
  unmentioned: string[];
  /** Where the text ends on a number cut short ("…、12348、123"): it may be held only in part. */
  cutOff: { line: number; words: string } | null;
  /** The document's own facts the text does not give (left null), or its title (left open). */
  missing: string[];
  /** For each drafted row, in the draft's order: the document line it was read from, and how (a table's row, a sentence). */
  read: { line: number; how: string }[];
  /** Per part of the document (its heading as printed, or null before the first): the hotline numbers seen in it, and the rows drafted from it. */
  sections: { section: string | null; seen: number; drafted: number }[];
  /** Hotline numbers the document prints that no drafted row holds (as its number or alias), each where it was first seen. */
  unplaced: { number: string; line: number; section: string | null }[];
}

export interface Draft {
  list: DraftList;
  report: DraftReport;
}

export interface DraftOptions {
  region: string;
  sourceId: string;
  catalogue: readonly Pick<Hotline, 'number' | 'name' | 'scope'>[];
  /** The day the list is drafted (YYYY-MM-DD): the list's record says it was added then, for the feed and its pages. */
  added: string;
}

type Mode = 'merged' | 'parallel' | 'subcenter';
interface Section {
  title: string;
  mode: Mode | null;
  agents: 'kept' | 'managed' | 'cancelled' | null;
}

const CATALOGUE_NAME = 'the document prints the number only: this is the catalogue’s official name for the number';
const HEADING_AGENTS = "what the section's heading says of every line in it";
const MODE_QUESTION = 'merged (整体并入), parallel (双号并行) or subcenter (设分中心)';
const AGENTS_QUESTION = 'agents: kept, managed or cancelled, or null where the document does not say';
const SCHEDULE_CELL = /完成时间[:：]\s*([^)）。;；]+)/u;
const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
const rowName = (l: Pick<DraftLine, 'row' | 'number'>) => `row ${l.row ?? '(no number)'}${l.number ? ` (${l.number})` : ''}`;

/** A number printed as a hotline's: a catalogue number, or the shape of one (123xx, 96xxx…), never 12345 itself or part of a longer number. */
const HOTLINE_SHAPE = /^(?:1[0-9]{4}|96[0-9]{3,4})$/u;
/** How a hotline's name ends (全国统一民政服务电话, 12315 市场监管投诉举报热线): a listing's names do, a remark's words do not. */
const HOTLINE_NAME = /^[^。；;，,]*(?:电话|热线|专线|服务|平台)$/u;
const NUMBERS = /(?<![\d.])\d{5,11}(?![\d.])/gu;

/**
 * What the draft did not read: every hotline number the document prints, by the part it stands in,
 * against the rows drafted there; and each number no row holds, with the line it was first seen on.
 */
function accountFor(rawLines: readonly string[], partOf: readonly (string | null)[], lines: readonly (DraftLine & { at: number })[], known: ReadonlyMap<string, unknown>, report: DraftReport): void {
  const placed = new Set(lines.flatMap((l) => [...(l.number ? [l.number] : []), ...(l.aliases ?? [])]));
  const seenIn = new Map<string | null, Set<string>>();
  const first = new Map<string, { line: number; section: string | null }>();
  rawLines.forEach((raw, i) => {
    const part = partOf[i] ?? null;
    for (const [n] of raw.matchAll(NUMBERS)) {
      if (n === '12345' || (!known.has(n) && !HOTLINE_SHAPE.test(n))) continue;
      if (!seenIn.has(part)) seenIn.set(part, new Set());
      seenIn.get(part)!.add(n);
      if (!first.has(n)) first.set(n, { line: i + 1, section: part });
    }
  });
  const parts = [...new Set([...seenIn.keys(), ...lines.map((l) => partOf[l.at - 1] ?? null)])];
  report.sections = parts.map((section) => ({ section, seen: seenIn.get(section)?.size ?? 0, drafted: lines.filter((l) => (partOf[l.at - 1] ?? null) === section).length }));
  report.unplaced = [...first].filter(([n]) => !placed.has(n)).map(([number, where]) => ({ number, ...where }));
}

/**
 * Drafts a region's list from its document's text — tables as tab-separated lines, as
 * content/sources/ keeps them — reading the layouts real lists use: a heading that names the
 * mode with tables or an enumerating sentence under it, tick columns under the modes' names,
 * a column that states the mode in words, a cell that lists several lines. Every text field is
 * copied from the document; a name the document does not print is the catalogue's, marked in
 * `inferred`; a field the text does not decide is left as a `TO DECIDE:` marker naming the
 * document line, which the build and `npm run check-data` refuse.
 * @example draftList('一、整体并入\n序号\t号码\t责任单位\n1\t12396\t市科技局', { region: '350500', sourceId: 'x', catalogue }).list.lines[0]
 * // { row: 1, section: '一、整体并入', number: '12396', name: '全国统一科技公益服务电话', department: '市科技局', mode: 'merged', agents: 'TO DECIDE: …', inferred: { name: … } }
 */
export function draftList(text: string, options: DraftOptions): Draft {
  const known = new Map(options.catalogue.map((h) => [h.number, h]));
  const lines: (DraftLine & { at: number; how: string })[] = [];
  const report: DraftReport = { rows: 0, toCheck: [], uncatalogued: [], unmentioned: [], cutOff: null, missing: [], read: [], sections: [], unplaced: [] };
  const check = (line: Pick<DraftLine, 'row' | 'number'>, at: number, what: string) => report.toCheck.push({ line: at, row: rowName(line), what });
  const seen = new Map<string, number>();
  let section: Section | null = null;
  let head: Head | null = null;
  /** How many cells the head's line has: a row with another count stands in other columns (a PDF's rows laid out apart from their head). */
  let headCells = 0;
  /** The document line the head was last read from, and the last line with words: a head line right under it is its second line. */
  let headAt = 0;
  let lastAt = 0;
  /** A line of words right under the head that is no head itself: the first half of a second head line wrapped onto two. */
  let wrapsHead: { cells: string[]; after: number } | null = null;
  const rawLines = text.split('\n');
  /** The part of the document each line stands in, once read: where a number seen there is counted. */
  const partOf: (string | null)[] = [];

  const add = (line: DraftLine, at: number, how: string, notes: string[] = []) => {
    if (line.number !== null) {
      const first = seen.get(line.number);
      if (first !== undefined) {
        check(line, at, `${line.number} is already drafted from line ${first}: this mention is left out`);
        return;
      }
      seen.set(line.number, at);
      if (!known.has(line.number)) report.uncatalogued.push({ number: line.number, line: at });
    } else {
      check(line, at, 'a row without a number: keep it only if it is a line of the list');
    }
    for (const [field, value] of Object.entries(line)) if (isUndecided(value)) check(line, at, `${field} left open`);
    for (const what of notes) check(line, at, what);
    lines.push({ ...line, at, how });
  };

  const sectionTitle = (at: number) => section?.title ?? undecided('the heading of the part of the document this row stands in, as printed at the start of its line', at);
  const nameOf = (entry: Entry, at: number): Pick<DraftLine, 'name' | 'inferred'> => {
    if (entry.name) return { name: entry.name };
    const catalogued = entry.number ? known.get(entry.number) : undefined;
    if (catalogued) return { name: catalogued.name, inferred: { name: CATALOGUE_NAME } };
    return { name: undecided('the line’s name: the document prints none and the catalogue does not know the number', at) };
  };
  const agentsOf = (stated: Section['agents'], at: number): Pick<DraftLine, 'agents' | 'inferred'> => {
    if (stated) return { agents: stated };
    if (section?.agents) return { agents: section.agents, inferred: { agents: HEADING_AGENTS } };
    return { agents: undecided(AGENTS_QUESTION, at) };
  };

  /** The numbers a sentence in a mode's part enumerates, each a row numbered by its place in the part. */
  const sentenceRows = (sentence: string, at: number) => {
    const part = section;
    if (!part?.mode) return;
    const found = SCHEDULE_CELL.exec(sentence);
    const schedule = found ? (scheduleOf(found[1]!, '完成时间') ?? undecided(`the schedule: the sentence says "完成时间：${short(found[1]!)}": write deadline, window or phases`, at)) : undefined;
    for (const run of enumerated(sentence)) {
      const start = sentence.lastIndexOf('。', run.at) + 1;
      const stop = sentence.indexOf('。', run.at);
      const own = sentence.slice(start, stop === -1 ? undefined : stop);
      const agents = agentsStated(own);
      for (const number of run.numbers) {
        const row = lines.filter((l) => l.section === part.title).length + 1;
        const inferred: DraftLine['inferred'] = {};
        const name = nameOf({ number, aliases: [], name: null }, at);
        const who = agentsOf(agents, at);
        Object.assign(inferred, name.inferred, who.inferred);
        add(
          {
            row,
            section: part.title,
            number,
            name: name.name,
            department: null,
            mode: part.mode,
            agents: who.agents,
            ...(Object.keys(inferred).length > 0 ? { inferred } : {}),
            ...(schedule ? { schedule } : {}),
          },
          at,
          'a sentence that lists numbers under a mode’s heading',
        );
      }
      const rest = rawLines.slice(at).join('').trim();
      if (run.cutOff !== null && rest === '' && sentence.trimEnd().endsWith(run.cutOff)) {
        report.cutOff = { line: at, words: sentence.slice(start).trim() };
      }
    }
  };

  const tableRows = (cells: readonly string[], at: number, table: Head) => {
    const get = (role: Role) => [...table].filter(([, c]) => c.role === role).map(([i]) => cells[i] ?? '');
    const column = (role: Role) => [...table.values()].find((c) => c.role === role);
    const numberCell = get('number')[0] ?? get('lines')[0];
    const { label, entries: listed } = numberCell === undefined ? { label: '', entries: [] } : cellEntries(numberCell);
    const named = plainCell(get('name')[0] ?? '');
    const entries: Entry[] = listed.length > 0 ? listed : named || label ? [{ number: null, aliases: [], name: named || label }] : [];
    if (entries.length === 0) return;
    if (entries.length === 1 && named) entries[0]!.name = named;
    const several = entries.length > 1;
    const serialText = plainCell(get('serial')[0] ?? '');
    const serial = /^\d+$/u.test(serialText) ? Number(serialText) : null;

    const ticked = [...table].filter(([i, c]) => c.role === 'tick' && isTicked(cells[i] ?? '')).map(([, c]) => c.mode!);
    const wordsCell = plainCell(get('modeWords')[0] ?? '');
    const says = new Set<Mode>([...ticked, ...modesNamed(wordsCell), ...(section?.mode ? [section.mode] : [])]);
    const modeSources = [ticked.length > 0 && `its ticks say ${ticked.join(', ')}`, wordsCell && modesNamed(wordsCell).length > 0 && `its ${column('modeWords')!.label} column says "${short(wordsCell)}"`, section?.mode && `its heading "${section.title}" says ${section.mode}`].filter(Boolean);
    // A tick counts only where the row's cells stand under the head's: a row wider than its head, or with words in a tick
    // column (a PDF's row laid out apart from its head, its empty tick cells lost), may hold its tick under another mode's.
    // A row shorter than its head is read only where all it holds from the first tick column on is ticks (its last empty cells unwritten).
    const ticks = [...table].filter(([, c]) => c.role === 'tick').map(([i]) => i);
    const tickCells = ticks.map((i) => plainCell(cells[i] ?? ''));
    const tail = cells.slice(Math.min(...ticks)).map(plainCell);
    const shifted = ticks.length > 0 && (cells.length > headCells || tickCells.some((c) => c !== '' && !isTicked(c)) || (cells.length < headCells && tail.some((c) => c !== '' && !isTicked(c))));
    const mode = shifted
      ? undecided(`${MODE_QUESTION}: the row's cells do not stand under its head's (${cells.length} cells where the head has ${headCells}, its tick columns hold "${tickCells.join(' | ')}"), so its tick may stand under another mode`, at)
      : says.size === 1
        ? [...says][0]!
        : undecided(says.size === 0 ? `${MODE_QUESTION}: the row names no mode and stands under no mode's heading` : `${MODE_QUESTION}: ${modeSources.join('; ')}`, at);

    const remarksCell = plainCell(get('remarks')[0] ?? '');
    const wordsOnly = MODE_WORDS.some(([w]) => wordsCell.replace(/\s+/gu, '') === w);
    const remarks = [...(wordsCell && !wordsOnly ? [wordsCell] : []), ...(remarksCell ? [remarksCell] : [])];
    const who = agentsOf(agentsStated(remarks.join('。')), at);

    const hasDepartment = column('department') !== undefined;
    const departmentCell = plainCell(get('department')[0] ?? '');
    const scheduleCell = plainCell(get('schedule')[0] ?? '');
    const answeredBy = plainCell(get('answeredBy')[0] ?? '');
    const schedule = scheduleCell
      ? (scheduleOf(scheduleCell, column('schedule')!.label) ?? undecided(`the schedule: the cell says "${short(scheduleCell)}": write deadline, window or phases (each phase's text in the document's words)`, at))
      : undefined;

    entries.forEach((entry, k) => {
      const name = nameOf(entry, at);
      const inferred = { ...name.inferred, ...who.inferred };
      const department = !hasDepartment || !departmentCell ? null : several ? undecided(`the 责任单位 cell "${short(departmentCell)}" serves ${entries.length} lines: write the unit for ${entry.number ?? 'this line'} (or null), with inferred.department saying why if you matched it by order`, at) : departmentCell;
      const notes = hasDepartment && !departmentCell ? ['its 责任单位 cell is empty (a merged cell above it?): department is null'] : [];
      add(
        {
          row: several ? k + 1 : serial,
          section: sectionTitle(at),
          number: entry.number,
          ...(entry.aliases.length > 0 ? { aliases: entry.aliases } : {}),
          name: name.name,
          department,
          mode,
          agents: who.agents,
          ...(Object.keys(inferred).length > 0 ? { inferred } : {}),
          ...(answeredBy ? { answeredBy } : {}),
          ...(schedule ? { schedule } : {}),
          ...(remarks.length > 0 ? { remarks } : {}),
        },
        at,
        `a table row (${[...table.values()].map((c) => c.label).join(' | ')})`,
        notes,
      );
    });
  };

  /**
   * A numbered line under a mode's heading with no table head to say what its cells are: a table printed without its
   * head row, or its rows printed as paragraphs ("1 12396 省科技厅 已整体并入"). Its 序号 and first hotline number
   * (near its start) make the row, the heading its mode; its name and department are left to decide.
   * @returns whether the line was read as a row
   */
  const headlessRow = (text: string, at: number): boolean => {
    // A print may set the 序号 close to the cell after it (no space read between them: "7人口和计划生育…"); a date is no 序号.
    // A number in brackets right after it is another number of the line ("12393 (96618)").
    const found = /^\s*(\d{1,3})(?:[\s.、．]+|(?=[\u4E00-\u9FFF])(?![月日年条号时点个项名位]))(.{0,40}?)(?<![\d.])(\d{5})(?![\d.])(?:\s*[（(]\s*(\d{5,11})\s*[)）])?/u.exec(text);
    const number = found?.[3];
    const aliases = found?.[4] ? { aliases: [found[4]] } : {};
    if (!section?.mode || !found || !number || number === '12345' || !(known.has(number) || HOTLINE_SHAPE.test(number))) return false;
    const why = `the row was read without its table's head (document line ${at}): copy it from the row as printed, or null if it prints none`;
    add(
      { row: Number(found[1]), section: section.title, number, ...aliases, name: undecided(`the line’s name: ${why}`, at), department: undecided(`the 责任单位: ${why}`, at), mode: section.mode, ...agentsOf(agentsStated(text), at) },
      at,
      'a numbered line under a mode’s heading, read without a table head (name and department left to decide)',
    );
    return true;
  };

  /**
   * A line under a mode's heading with no table head, that lists two or more lines each as its number and name (四川's
   * cell "国家部委设立的热线： 12396 全国统一科技公益服务电话 12300 …", printed without its head row or as a paragraph):
   * each number a row of the heading's mode, numbered by its place in the part. A name runs to the next number; the
   * last one's end is not known (the next cell's words may follow it), so it is left to decide, as the 责任单位 is.
   * Prose that mentions a number or two, or a numbered row's remark (已整合到12320), is no list: every name but the last
   * is a hotline's (ends in 电话, 热线, 服务…, with no sentence's stop), and the line does not open with a 序号.
   * @returns whether the line was read as rows
   */
  const listedRows = (text: string, at: number): boolean => {
    const part = section;
    const { entries } = cellEntries(text);
    const hotlines = entries.filter((e) => e.number !== null && (known.has(e.number) || HOTLINE_SHAPE.test(e.number)));
    const named = entries.slice(0, -1).every((e) => e.name !== null && HOTLINE_NAME.test(e.name));
    if (!part?.mode || /^\s*\d{1,3}(?!\d)/u.test(text) || hotlines.length < 2 || hotlines.length !== entries.length || !named) return false;
    const why = `the line was read without its table's head (document line ${at}): copy it from the document, or null if it prints none`;
    entries.forEach((entry, k) => {
      const last = k === entries.length - 1;
      add(
        {
          row: lines.filter((l) => l.section === part.title).length + 1,
          section: part.title,
          number: entry.number,
          ...(entry.aliases.length > 0 ? { aliases: entry.aliases } : {}),
          name: last ? undecided(`the line’s name: ${why}`, at) : entry.name!,
          department: undecided(`the 责任单位: ${why}`, at),
          mode: part.mode!,
          ...agentsOf(null, at),
        },
        at,
        'a line listing numbers with their names under a mode’s heading, read without a table head (the last name and the 责任单位 left to decide)',
      );
    });
    return true;
  };

  /**
   * A table's line under a mode's heading with no head and no 序号 (吉林's 96889, a row printed under another without a
   * number of its own), whose one cell that is a hotline number alone is its number; the heading gives its mode.
   */
  const unnumberedRow = (cells: readonly string[], at: number): void => {
    const numbers = cells.map(plainCell).filter((c) => c !== '12345' && /^\d{5,11}$/u.test(c) && (known.has(c) || HOTLINE_SHAPE.test(c)));
    if (!section?.mode || cells.length < 3 || numbers.length !== 1) return;
    const why = `the row was read without its table's head (document line ${at}): copy it from the row as printed, or null if it prints none`;
    add(
      { row: null, section: section.title, number: numbers[0]!, name: undecided(`the line’s name: ${why}`, at), department: undecided(`the 责任单位: ${why}`, at), mode: section.mode, ...agentsOf(agentsStated(cells.join(' ')), at) },
      at,
      'a table row under a mode’s heading, read without a table head or 序号, its number a cell of its own (name and department left to decide)',
    );
  };

  const readLine = (raw: string, at: number) => {
    const cells = raw.replace(/\r$/u, '').replace(/^#+\s*/u, '').split('\t');
    const filled = cells.filter((c) => plainCell(c) !== '');
    if (filled.length === 0) return;
    if (filled.length === 1 && plainCell(cells[0]!) !== '') lastAt = at;
    const only = filled.length === 1 && plainCell(cells[0]!) !== '' ? plainCell(cells[0]!) : null;
    if (only !== null) {
      const heading = modeHeading(only);
      if (heading) {
        section = { title: heading.section, mode: heading.mode, agents: agentsStated(heading.rest) };
        sentenceRows(heading.rest, at);
      } else if (otherHeading(only)) {
        section = null;
        head = null;
      } else if (cells.length > 1 && head) {
        // A line inside a table with only its first cell: a part of the table (潮州's "32 条国家热线"), unless that cell is a
        // 序号 alone (a row whose other cells a print set elsewhere), which names no part and ends no heading's mode.
        if (!/^\d{1,3}[.、]?$/u.test(only)) section = { title: only, mode: null, agents: null };
      } else {
        head = null;
        if (!headlessRow(only, at) && !listedRows(only, at)) sentenceRows(only, at);
      }
      return;
    }
    // A head's second line (潮州: the modes' tick columns under 整合方式) adds to it, as does a head line right under a head
    // line (a head printed over two lines), or two lines under it that make one, their cells joined (整体 over 并入, a
    // narrow column's head cell wrapped); any other head starts a table.
    const rightUnder = head !== null && headAt === lastAt;
    const wrappedUnder = head !== null && wrapsHead !== null && wrapsHead.after === lastAt && !/\d/u.test(raw) ? cells.map((c, i) => `${plainCell(wrapsHead!.cells[i] ?? '')}${plainCell(c)}`) : null;
    const below = head && (subHead(head, cells) ?? (rightUnder ? joinedHead(head, cells) : null) ?? (wrappedUnder ? subHead(head, wrappedUnder) : null));
    const found = below ?? tableHead(cells);
    wrapsHead = rightUnder && !found && !/\d/u.test(raw) ? { cells, after: at } : null;
    lastAt = at;
    if (found) {
      head = found;
      headCells = Math.max(cells.length, below ? headCells : 0);
      headAt = at;
      return;
    }
    if (head) tableRows(cells, at, head);
    else if (!headlessRow(filled.join(' '), at) && !filled.some((cell) => listedRows(cell, at))) unnumberedRow(cells, at);
  };
  rawLines.forEach((raw, i) => {
    readLine(raw, i + 1);
    // After the line: a heading's own numbers (广西's sentences) count in the part it opens.
    partOf[i] = section?.title ?? null;
  });

  const facts = sourceFacts(text);
  if (!facts.title) report.missing.push('title (left open)');
  for (const key of ['issuer', 'documentNumber', 'date'] as const) if (facts[key] === null) report.missing.push(`${key} (left null)`);
  const mentioned = (n: string) => new RegExp(`(?<!\\d)${n}(?!\\d)`, 'u').test(text);
  report.unmentioned = options.catalogue.filter((h) => h.scope === 'national' && !mentioned(h.number)).map((h) => h.number);
  accountFor(rawLines, partOf, lines, known, report);
  report.rows = lines.length;
  report.read = lines.map(({ at, how }) => ({ line: at, how }));
  const count = (m: Mode) => lines.filter((l) => l.mode === m).length;
  return {
    list: {
      region: options.region,
      source: {
        id: options.sourceId,
        issuer: facts.issuer,
        title: facts.title?.text ?? undecided('the document’s title, as printed'),
        documentNumber: facts.documentNumber,
        date: facts.date,
        url: null,
      },
      counts: { merged: count('merged'), parallel: count('parallel'), subcenter: count('subcenter'), stated: false },
      rules: [],
      lines: lines.map(({ at: _at, how: _how, ...line }) => line),
      history: [{ date: options.added, kind: 'added' }],
    },
    report,
  };
}
