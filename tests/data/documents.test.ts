/**
 * The data against the documents: each document in content/sources/ is read row
 * by row, independently of the transcription, and every row must be in content/
 * with the same number, department and mode — and nothing more.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { rowAnchors } from '../../src/lib/sources/anchors.ts';
import { documentPart } from '../../src/lib/sources/document-part.ts';
import { locateRows } from '../../src/lib/sources/locate.ts';
import type { Line } from '../../src/lib/schema/line.ts';
import type { List } from '../../src/lib/schema/list.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';

const sourcesDir = `${repoRoot}content/sources/`;
const { lists } = loadContent(`${repoRoot}content`, isRegion, repoRoot);

/** One row as the document prints it, with the agents and schedule it gives that row. */
interface DocumentRow {
  section: string;
  row: number | null;
  number: string | null;
  department: string;
  mode: Line['mode'];
  agents: Line['agents'];
  /** The schedule in the form `scheduleOf` gives a line's. */
  schedule: string;
}

/** A schedule in one comparable string: "deadline 2021-08-31", "window 2021-05-01..2021-05-31", "phases …", "none". */
function scheduleOf(s: Line['schedule']): string {
  if (!s) return 'none';
  if (s.deadline) return `deadline ${s.deadline}`;
  if (s.window) return `window ${s.window.from}..${s.window.to}`;
  return `phases ${s.phases!.map((p) => `${p.from}..${p.to ?? ''}${p.dialable ? ' dialable' : ''}`).join(', ')}`;
}

// The documents give month and day; the lists assume 2021 and say so (yearAssumed).
const day = (month: string | number, date: string | number) => `2021-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
const monthEnd = (month: string | number) => day(month, new Date(Date.UTC(2021, Number(month), 0)).getUTCDate());
/** "5月1日至 5月31日" → window; "12月31日前" → deadline; "8 月底" → deadline at month end; "" → none. */
function dateCell(cell: string): string {
  const c = cell.replace(/\s/g, '');
  let m: RegExpMatchArray | null;
  if ((m = c.match(/^(\d+)月(\d+)日至(\d+)月(\d+)日$/))) return `window ${day(m[1]!, m[2]!)}..${day(m[3]!, m[4]!)}`;
  if ((m = c.match(/^(\d+)月(\d+)日前$/))) return `deadline ${day(m[1]!, m[2]!)}`;
  if ((m = c.match(/^(\d+)月底$/))) return `deadline ${monthEnd(m[1]!)}`;
  if (c === '') return 'none';
  throw new Error(`a date cell this test cannot read: "${cell}"`);
}

const modeOfSection = (heading: string): Line['mode'] =>
  heading.includes('整体并入') ? 'merged' : heading.includes('双号并行') ? 'parallel' : 'subcenter';

const documentText = (list: List) => {
  const path = `${sourcesDir}${list.source.id}.txt`;
  if (!existsSync(path)) throw new Error(`${path} is missing: every list's document is kept in content/sources/{source.id}.txt`);
  return readFileSync(path, 'utf8');
};

const cells = (line: string) => line.split('\t').map((c) => c.trim());
/** Compared without spaces between Han characters: PDF line breaks leave them ("市文化广电旅游 体育局"). */
const unspaced = (s: string | null | undefined) => s?.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
const tableRow = /^\d+\t/;

/**
 * 潮州: 序号 责任单位 热线号码 热线名称 整体并入 双号并行 设分中心 归并落地方式 完成时间 备注;
 * a ✓ or √ marks the mode, and the 备注 under the table defines each mode's agents.
 */
function chaozhou(text: string): DocumentRow[] {
  expect(text).toContain('整体并入 ：企业和群众拨打频率较低的政务服务便民热线，取消号码，将话务坐席统一到 12345 热线');
  expect(text).toContain('双号并行 ：话务量大、社会知晓度高的政务服务便民热线，保留号码，将话务坐席并入 12345 热线统一管理');
  expect(text).toContain('以分中心形式归并到 12345 热线，保留号码和话务坐席');
  let section = '';
  const rows: DocumentRow[] = [];
  for (const line of text.split('\n')) {
    const c = cells(line);
    if (!tableRow.test(line)) {
      if (c[0] && c.slice(1).every((x) => x === '') && !c[0].startsWith('备注')) section = c[0];
      continue;
    }
    const tick = [4, 5, 6].find((i) => /[✓√]/.test(c[i] ?? ''));
    if (tick === undefined) throw new Error(`潮州 row ${c[0]} has no mode ticked`);
    const mode = (['merged', 'parallel', 'subcenter'] as const)[tick - 4]!;
    rows.push({
      section,
      row: Number(c[0]),
      number: c[2] === '/' ? null : c[2]!,
      department: c[1]!,
      mode,
      agents: mode === 'subcenter' ? 'kept' : 'managed',
      schedule: dateCell(c[8]!),
    });
  }
  return rows;
}

/**
 * 福建: sections 一、二、三, each table 序号 号码 责任单位 归并方式. No dates at all;
 * the agents are read from the 归并方式 (12329: the cities' agents go into 12345,
 * the provincial centre's stay — an exception; 12301 was never deployed).
 */
function fujian(text: string): DocumentRow[] {
  let section = '';
  const rows: DocumentRow[] = [];
  for (const line of text.split('\n')) {
    if (/^[一二三]、/.test(line)) section = line.trim();
    else if (tableRow.test(line)) {
      const c = cells(line);
      const way = c[3]!;
      const agents = way.startsWith('保留号码和话务座席')
        ? 'kept'
        : /座席并入本地区12345热线统一管理/.test(way)
          ? 'managed'
          : /话务座席|停止话务服务/.test(way)
            ? 'cancelled'
            : null;
      rows.push({ section, row: Number(c[0]), number: c[1]!, department: c[2]!, mode: modeOfSection(section), agents, schedule: 'none' });
    }
  }
  return rows;
}

/**
 * 吉林: sections 一、二、三 (markdown headings), tables 序号 名称 号码 责任单位 归并时间 备注;
 * the 96889 row is printed without 序号; "12393 (96618)" is one row. The list
 * says nothing of agents.
 */
function jilin(text: string): DocumentRow[] {
  let section = '';
  const rows: DocumentRow[] = [];
  for (const line of text.slice(text.indexOf('## 省级')).split('\n')) {
    const heading = line.replace(/^#+\s*/, '');
    if (/^[一二三]、/.test(heading)) section = heading.trim();
    else if (/^\d*\t[^\t]+\t\d{5}/.test(line)) {
      const c = cells(line);
      rows.push({
        section,
        row: c[0] ? Number(c[0]) : null,
        number: c[2]!.split(/\s/)[0]!,
        department: c[3]!,
        mode: modeOfSection(section),
        agents: null,
        schedule: dateCell(c[4]!),
      });
    }
  }
  return rows;
}

/**
 * 泉州: the 附件's table 序号 "号码 名称" 热线主管部门 归并方式, rows 1–32; merged
 * cells leave the department blank, and the plan's text names it for those.
 * The plan's text (二、分类推进热线归并) sorts the lines by what happens to their
 * agents; only rows 9–18 carry a date of their own, the rest the plan's goal.
 */
function quanzhou(text: string): DocumentRow[] {
  const plan = text.slice(text.indexOf('二、分类推进热线归并'), text.indexOf('三、保障措施'));
  const numbersIn = (from: string, to: string) => {
    const part = plan.slice(plan.indexOf(from), plan.indexOf(to));
    return new Set([...part.matchAll(/(?<!\d)(1\d{4}|96\d{3})(?!\d)/g)].map((m) => m[1]!));
  };
  const agentsByNumber = new Map<string, Line['agents']>();
  const sorted: [string, string, Line['agents']][] = [
    ['（一）取消号码', '（二）保留号码', 'cancelled'],
    ['1.保留号码，取消话务座席', '2.保留号码 座席纳入', 'cancelled'],
    ['2.保留号码 座席纳入', '3.保留号码和座席', 'managed'],
    ['3.保留号码和座席', '(三) 设分中心', 'kept'],
    ['(三) 设分中心', '以上热线', 'kept'],
  ];
  for (const [from, to, agents] of sorted) for (const n of numbersIn(from, to)) agentsByNumber.set(n, agents);
  const goal = text.match(/(\d{4})年(\d+)月(\d+)日前全市32条政务服务便民热线统一归并/)!;
  const goalDeadline = `deadline ${goal[1]}-${goal[2]!.padStart(2, '0')}-${goal[3]!.padStart(2, '0')}`;
  let way = '';
  const annex = text.slice(text.lastIndexOf('泉州市 12345 热线归并清单'));
  let section = '';
  const rows: DocumentRow[] = [];
  for (const line of annex.split('\n')) {
    if (/^[一二三]、/.test(line)) section = line.trim();
    else if (tableRow.test(line)) {
      const c = cells(line);
      const number = c[1]!.split(/\s/)[0]!;
      const named = text.match(new RegExp(`${number}[^（(]*[（(]热线主管部门[:：]([^）)]+)[）)]`));
      way = c[3] || way;
      const own = way.match(/于 (\d{4}) 年 (\d+) 月 (\d+) 日前/);
      rows.push({
        section,
        row: Number(c[0]),
        number,
        department: c[2] || named?.[1] || '',
        mode: modeOfSection(section),
        agents: agentsByNumber.get(number) ?? null,
        schedule: way.startsWith('已停止话务服务') ? 'none' : own ? `deadline ${own[1]}-${own[2]!.padStart(2, '0')}-${own[3]!.padStart(2, '0')}` : goalDeadline,
      });
    }
  }
  return rows;
}

/**
 * 四川: each section is one cell listing its numbers in order, plus (under
 * 整体并入) a row for self-built lines with no number. The heading says what
 * happens to the agents; the 进度安排 cell dates the phases: "6月1日—9月30日为过渡期
 * … 实行双号接听" then "10月1日起，注销原热线号码"; "10月16日起，实现所有号码向12345热线转接";
 * for sub-centres, the day "各分中心实现“7×24 小时”全天候人工服务".
 */
function sichuan(text: string): DocumentRow[] {
  const rows: DocumentRow[] = [];
  const parts = text.split(/\n(?=[一二三]、)/).slice(1);
  for (const part of parts) {
    const section = part.slice(0, part.search(/[（(]/)).trim();
    const mode = modeOfSection(section);
    const heading = part.slice(0, part.indexOf('\n'));
    const agents = heading.includes('保留号码和话务座席') ? 'kept' : /话务座席(统一归并到|并入)/.test(heading) ? 'managed' : null;
    const tables = part.split('整合归并的热线\t进度安排\t责任单位').slice(1);
    for (const table of tables) {
      const [lines, progress] = table.trim().split('\t');
      const p = progress!.replace(/<\/?p>|\s/g, '');
      const transition = p.match(/(\d+)月(\d+)日—(\d+)月(\d+)日为过渡期/);
      const cancelled = p.match(/(\d+)月(\d+)日起，注销原热线号码/);
      const transfer = p.match(/(\d+)月(\d+)日起，实现所有号码向12345热线转接/);
      const allDay = p.match(/(\d+)月(\d+)日前，各分中心实现“7×24小时”/);
      const schedule = transition && cancelled
        ? `phases ${day(transition[1]!, transition[2]!)}..${day(transition[3]!, transition[4]!)} dialable, ${day(cancelled[1]!, cancelled[2]!)}..`
        : transfer
          ? `phases ${day(transfer[1]!, transfer[2]!)}.. dialable`
          : allDay
            ? `deadline ${day(allDay[1]!, allDay[2]!)}`
            : 'unreadable';
      const numbers = [...lines!.matchAll(/(?<![\d])(1\d{4}|96\d{3})(?![\d])/g)].map((m) => m[1]!);
      // "12315 12315 市场监管投诉举报热线" prints its number twice.
      const unique = numbers.filter((n, i) => numbers[i - 1] !== n);
      const row = { section, department: '', mode, agents, schedule } as const;
      if (unique.length === 0) rows.push({ ...row, row: null, number: null });
      unique.forEach((number, i) => rows.push({ ...row, row: i + 1, number }));
    }
  }
  return rows;
}

/**
 * 广西: the plan names its lines in two sentences under 二、归并方式, "(一)整体并入。取消12300、…共14条热线号码"
 * and "(二)双号并行。保留12315、…", each number's place in its sentence its row; the text we hold breaks
 * off in the second. The first sentence moves its lines' agents into the city's 12345
 * ("将话务座席统一归并到市级12345热线") and gives 完成时间:2021年8月底前; the second breaks off before
 * either. 12343, which no source we found identifies, is not a row (its list's notes say why).
 */
function guangxi(text: string): DocumentRow[] {
  const rows: DocumentRow[] = [];
  for (const line of text.split('\n')) {
    const m = line.match(/^(\([一二]\)(整体并入|双号并行))。(?:取消|保留)([\d、]+)/);
    if (!m) continue;
    const deadline = line.match(/完成时间:(\d{4})年(\d+)月底前/);
    const agents = /将话务座席统一归并到市级12345热线/.test(line) ? 'managed' : null;
    m[3]!.split('、').filter((n) => n.length >= 5).forEach((number, i) => {
      if (number === '12343') return;
      rows.push({ section: m[1]!, row: i + 1, number, department: '', mode: modeOfSection(m[2]!), agents, schedule: deadline ? `deadline ${monthEnd(deadline[2]!)}` : 'none' });
    });
  }
  return rows;
}

const parsers: Record<string, (text: string) => DocumentRow[]> = {
  '450000': guangxi,
  '445100': chaozhou,
  '350000': fujian,
  '220000': jilin,
  '350500': quanzhou,
  '510000': sichuan,
};

describe.each(lists.map((list) => [list.source.id, list] as const))('%s', (_id, list) => {
  const parse = parsers[list.region];
  const documentRows = () => {
    if (!parse) throw new Error(`no reader for the document of region ${list.region}: add one to this test`);
    return parse(documentText(list));
  };
  const key = (r: { section: string; row: number | null; number: string | null }) => `${r.section} #${r.row ?? '-'} ${r.number ?? '(no number)'}`;

  it('has every row of the document, and no row the document does not have', () => {
    const rows = documentRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(list.lines.map(key).sort()).toEqual(rows.map(key).sort());
  });

  it('gives each row the document’s mode, department, agents and schedule', () => {
    const byKey = new Map(list.lines.map((l) => [key(l), l]));
    for (const row of documentRows()) {
      const line = byKey.get(key(row));
      expect(line?.mode, key(row)).toBe(row.mode);
      // Sichuan names departments per section, not per line: checked below.
      if (row.department) expect(unspaced(line?.department), key(row)).toBe(unspaced(row.department));
      expect(line?.agents, key(row)).toBe(row.agents);
      expect(scheduleOf(line!.schedule), key(row)).toBe(row.schedule);
    }
  });

  it('finds every row in the document, where its source page marks it', () => {
    const text = documentPart(documentText(list), list.source.endsBefore)!;
    const locations = locateRows(text, list.lines);
    list.lines.forEach((line, i) => {
      const at = locations[i];
      expect(at, key(line)).not.toBeNull();
      const found = text.slice(at!.start, at!.end);
      expect(found, key(line)).toContain(line.number ?? line.name);
      // A whole table line starts with the row's 序号 (nothing for a row printed without one).
      if (at!.kind === 'line') expect(found.startsWith(`${line.row ?? ''}\t`), `${key(line)}: ${found}`).toBe(true);
    });
    expect(new Set(locations.map((l) => l!.start)).size, 'one place per row').toBe(list.lines.length);
    expect(new Set(rowAnchors(list.lines)).size, 'one anchor per row').toBe(list.lines.length);
  });

  it('counts as many rows per mode as the document', () => {
    const rows = documentRows();
    const count = (mode: Line['mode']) => rows.filter((r) => r.mode === mode).length;
    expect({ merged: list.counts.merged, parallel: list.counts.parallel, subcenter: list.counts.subcenter }).toEqual({
      merged: count('merged'),
      parallel: count('parallel'),
      subcenter: count('subcenter'),
    });
  });
});

describe('the documents’ own words', () => {
  const text = (region: string) => documentText(lists.find((l) => l.region === region)!);

  it('Sichuan: every department given to a line is named in its section’s 责任单位 cell', () => {
    const sichuan = lists.find((l) => l.region === '510000')!;
    const doc = text('510000');
    for (const line of sichuan.lines) {
      for (const unit of line.department!.split('、')) expect(doc, `${line.number}: ${unit}`).toContain(unit);
    }
  });

  it('Quanzhou: states 18, 9 and 5 lines per mode, and its source as printed', () => {
    const doc = text('350500');
    expect(doc).toMatch(/提示空号的 18 条[\s\S]*双号并行的9条[\s\S]*设分中心的 5 条/);
    const quanzhou = lists.find((l) => l.region === '350500')!;
    expect(quanzhou.counts).toMatchObject({ merged: 18, parallel: 9, subcenter: 5, stated: true });
    expect(doc).toContain(quanzhou.source.documentNumber);
    expect(doc).toContain(quanzhou.source.title);
    expect(doc).toContain('2021年11月30日');
  });

  it('every list title is printed in its document', () => {
    for (const list of lists) expect(unspaced(documentText(list)), list.region).toContain(unspaced(list.source.title.replace(/^## /, '')));
  });

  it('广西: the text we hold ends mid-sentence where heldInPart says; 12343 is named there but, unidentified, is no row', () => {
    const guangxi = lists.find((l) => l.region === '450000')!;
    const doc = text('450000');
    expect(doc.trimEnd().endsWith(guangxi.source.heldInPart!.stopsAfter)).toBe(true);
    expect(doc).not.toMatch(/12366|12360|设分中心/);
    expect(doc).toContain('12343');
    expect(guangxi.lines.map((l) => l.number)).not.toContain('12343');
    expect(guangxi.source.notes.some((n) => n.includes('12343') && n.includes('no row'))).toBe(true);
  });

  it('Jilin: the document ends after its last table; the news after it is not part of it', () => {
    const jilin = lists.find((l) => l.region === '220000')!;
    const part = documentPart(text('220000'), jilin.source.endsBefore)!;
    expect(part.trimEnd().endsWith('5\t全国邮政业用户申诉电话\t12305\t省邮政管理局\t9月1日至10月15日')).toBe(true);
    expect(text('220000').slice(part.length)).toMatch(/^8月1日 省政府召开全省疫情防控工作部署视频会议/);
  });

  it('Jilin: 12393 carries 96618, 12356 is folded into 12320, 12319 and 12329 are Changchun’s', () => {
    const jilin = lists.find((l) => l.region === '220000')!;
    const doc = text('220000');
    const line = (n: string) => jilin.lines.find((l) => l.number === n)!;
    expect(doc).toContain('12393 (96618)');
    expect(line('12393').aliases).toEqual(['96618']);
    expect(doc).toContain('已整合到12320');
    expect(line('12356').foldedInto).toBe('12320');
    expect(doc).toContain('此号码由长春市');
    expect(line('12319').onlyIn).toEqual(['220100']);
    expect(line('12329').onlyIn).toEqual(['220100']);
  });

  it('Fujian: Xiamen keeps 12333 for now, and the provincial 12329 centre keeps its agents', () => {
    const fujian = lists.find((l) => l.region === '350000')!;
    const doc = text('350000');
    expect(doc).toContain('暂时保留厦门市 12333 热线和话务座席');
    expect(fujian.lines.find((l) => l.number === '12333')!.exceptions).toMatchObject([{ region: '350200', mode: 'parallel', agents: 'kept' }]);
    expect(doc).toContain('保留省直公积金中心12329热线话务座席');
    expect(fujian.lines.find((l) => l.number === '12329')!.exceptions).toMatchObject([{ region: '350000', agents: 'kept' }]);
  });
});
