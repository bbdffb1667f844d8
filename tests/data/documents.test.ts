/**
 * The data against the documents: each seed in ../shared/seeds is read row by
 * row, independently of the transcription, and every row must be in content/
 * with the same number, department and mode — and nothing more.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { Line } from '../../src/lib/schema/line.ts';
import type { List } from '../../src/lib/schema/list.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';

const seedsDir = `${repoRoot}../shared/seeds/`;
const { lists } = loadContent(`${repoRoot}content`, isRegion, repoRoot);

/** One row as the document prints it. */
interface SeedRow {
  section: string;
  row: number | null;
  number: string | null;
  department: string;
  mode: Line['mode'];
}

const modeOfSection = (heading: string): Line['mode'] =>
  heading.includes('整体并入') ? 'merged' : heading.includes('双号并行') ? 'parallel' : 'subcenter';

const seedText = (list: List) => {
  const path = seedsDir + list.source.seed;
  if (!existsSync(path)) throw new Error(`${path} is missing: the data tests need ../shared/seeds beside the checkout`);
  return readFileSync(path, 'utf8');
};

const cells = (line: string) => line.split('\t').map((c) => c.trim());
/** Compared without spaces between Han characters: PDF line breaks leave them ("市文化广电旅游 体育局"). */
const unspaced = (s: string | null | undefined) => s?.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
const tableRow = /^\d+\t/;

/** 潮州: 序号 责任单位 热线号码 热线名称 整体并入 双号并行 设分中心 …; a ✓ or √ marks the mode. */
function chaozhou(text: string): SeedRow[] {
  let section = '';
  const rows: SeedRow[] = [];
  for (const line of text.split('\n')) {
    const c = cells(line);
    if (!tableRow.test(line)) {
      if (c[0] && c.slice(1).every((x) => x === '') && !c[0].startsWith('备注')) section = c[0];
      continue;
    }
    const tick = [4, 5, 6].find((i) => /[✓√]/.test(c[i] ?? ''));
    if (tick === undefined) throw new Error(`潮州 row ${c[0]} has no mode ticked`);
    rows.push({
      section,
      row: Number(c[0]),
      number: c[2] === '/' ? null : c[2]!,
      department: c[1]!,
      mode: (['merged', 'parallel', 'subcenter'] as const)[tick - 4]!,
    });
  }
  return rows;
}

/** 福建: sections 一、二、三, each table 序号 号码 责任单位 归并方式. */
function fujian(text: string): SeedRow[] {
  let section = '';
  const rows: SeedRow[] = [];
  for (const line of text.split('\n')) {
    if (/^[一二三]、/.test(line)) section = line.trim();
    else if (tableRow.test(line)) {
      const c = cells(line);
      rows.push({ section, row: Number(c[0]), number: c[1]!, department: c[2]!, mode: modeOfSection(section) });
    }
  }
  return rows;
}

/**
 * 吉林: sections 一、二、三 (markdown headings), tables 序号 名称 号码 责任单位 …;
 * the 96889 row is printed without 序号; "12393 (96618)" is one row.
 */
function jilin(text: string): SeedRow[] {
  let section = '';
  const rows: SeedRow[] = [];
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
      });
    }
  }
  return rows;
}

/**
 * 泉州: the 附件's table 序号 "号码 名称" 热线主管部门 归并方式, rows 1–32; merged
 * cells leave the department blank, and the plan's text names it for those.
 */
function quanzhou(text: string): SeedRow[] {
  const annex = text.slice(text.lastIndexOf('泉州市 12345 热线归并清单'));
  let section = '';
  let department = '';
  const rows: SeedRow[] = [];
  for (const line of annex.split('\n')) {
    if (/^[一二三]、/.test(line)) section = line.trim();
    else if (tableRow.test(line)) {
      const c = cells(line);
      const number = c[1]!.split(/\s/)[0]!;
      department = c[2] || department;
      const named = text.match(new RegExp(`${number}[^（(]*[（(]热线主管部门[:：]([^）)]+)[）)]`));
      rows.push({ section, row: Number(c[0]), number, department: c[2] || named?.[1] || department, mode: modeOfSection(section) });
    }
  }
  return rows;
}

/**
 * 四川: each section is one cell listing its numbers in order, plus (under
 * 整体并入) a row for self-built lines with no number.
 */
function sichuan(text: string): SeedRow[] {
  const rows: SeedRow[] = [];
  const parts = text.split(/\n(?=[一二三]、)/).slice(1);
  for (const part of parts) {
    const section = part.slice(0, part.search(/[（(]/)).trim();
    const mode = modeOfSection(section);
    const tables = part.split('整合归并的热线\t进度安排\t责任单位').slice(1);
    for (const table of tables) {
      const [lines] = table.trim().split('\t');
      const numbers = [...lines!.matchAll(/(?<![\d])(1\d{4}|96\d{3})(?![\d])/g)].map((m) => m[1]!);
      // "12315 12315 市场监管投诉举报热线" prints its number twice.
      const unique = numbers.filter((n, i) => numbers[i - 1] !== n);
      if (unique.length === 0) rows.push({ section, row: null, number: null, department: '', mode });
      unique.forEach((number, i) => rows.push({ section, row: i + 1, number, department: '', mode }));
    }
  }
  return rows;
}

const parsers: Record<string, (text: string) => SeedRow[]> = {
  '445100': chaozhou,
  '350000': fujian,
  '220000': jilin,
  '350500': quanzhou,
  '510000': sichuan,
};

describe.each(lists.map((list) => [list.source.seed, list] as const))('%s', (_seed, list) => {
  const parse = parsers[list.region];
  const seedRows = () => {
    if (!parse) throw new Error(`no reader for the seed of region ${list.region}: add one to this test`);
    return parse(seedText(list));
  };
  const key = (r: { section: string; row: number | null; number: string | null }) => `${r.section} #${r.row ?? '-'} ${r.number ?? '(no number)'}`;

  it('has every row of the document, and no row the document does not have', () => {
    const rows = seedRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(list.lines.map(key).sort()).toEqual(rows.map(key).sort());
  });

  it('gives each row the document’s mode and department', () => {
    const byKey = new Map(list.lines.map((l) => [key(l), l]));
    for (const row of seedRows()) {
      const line = byKey.get(key(row));
      expect(line?.mode, key(row)).toBe(row.mode);
      // Sichuan names departments per section, not per line: checked below.
      if (row.department) expect(unspaced(line?.department), key(row)).toBe(unspaced(row.department));
    }
  });

  it('counts as many rows per mode as the document', () => {
    const rows = seedRows();
    const count = (mode: Line['mode']) => rows.filter((r) => r.mode === mode).length;
    expect({ merged: list.counts.merged, parallel: list.counts.parallel, subcenter: list.counts.subcenter }).toEqual({
      merged: count('merged'),
      parallel: count('parallel'),
      subcenter: count('subcenter'),
    });
  });
});

describe('the documents’ own words', () => {
  const text = (region: string) => seedText(lists.find((l) => l.region === region)!);

  it('Sichuan: every department given to a line is named in its section’s 责任单位 cell', () => {
    const sichuan = lists.find((l) => l.region === '510000')!;
    const seed = text('510000');
    for (const line of sichuan.lines) {
      for (const unit of line.department!.split('、')) expect(seed, `${line.number}: ${unit}`).toContain(unit);
    }
  });

  it('Quanzhou: states 18, 9 and 5 lines per mode, and its source as printed', () => {
    const seed = text('350500');
    expect(seed).toMatch(/提示空号的 18 条[\s\S]*双号并行的9条[\s\S]*设分中心的 5 条/);
    const quanzhou = lists.find((l) => l.region === '350500')!;
    expect(quanzhou.counts).toMatchObject({ merged: 18, parallel: 9, subcenter: 5, stated: true });
    expect(seed).toContain(quanzhou.source.documentNumber);
    expect(seed).toContain(quanzhou.source.title);
    expect(seed).toContain('2021年11月30日');
  });

  it('every list title is printed in its document', () => {
    for (const list of lists) expect(seedText(list), list.region).toContain(list.source.title.replace(/^## /, ''));
  });

  it('Jilin: 12393 carries 96618, 12356 is folded into 12320, 12319 and 12329 are Changchun’s', () => {
    const jilin = lists.find((l) => l.region === '220000')!;
    const seed = text('220000');
    const line = (n: string) => jilin.lines.find((l) => l.number === n)!;
    expect(seed).toContain('12393 (96618)');
    expect(line('12393').aliases).toEqual(['96618']);
    expect(seed).toContain('已整合到12320');
    expect(line('12356').foldedInto).toBe('12320');
    expect(seed).toContain('此号码由长春市');
    expect(line('12319').onlyIn).toEqual(['220100']);
    expect(line('12329').onlyIn).toEqual(['220100']);
  });

  it('Fujian: Xiamen keeps 12333 for now, and the provincial 12329 centre keeps its agents', () => {
    const fujian = lists.find((l) => l.region === '350000')!;
    const seed = text('350000');
    expect(seed).toContain('暂时保留厦门市 12333 热线和话务座席');
    expect(fujian.lines.find((l) => l.number === '12333')!.exceptions).toMatchObject([{ region: '350200', mode: 'parallel', agents: 'kept' }]);
    expect(seed).toContain('保留省直公积金中心12329热线话务座席');
    expect(fujian.lines.find((l) => l.number === '12329')!.exceptions).toMatchObject([{ region: '350000', agents: 'kept' }]);
  });
});
