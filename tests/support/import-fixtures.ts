/**
 * The five hand-made lists' rows, laid out again as documents are published — a Word table, a
 * spreadsheet, an HTML page, a table printed to PDF, tick columns, enumerating sentences — made
 * with the libraries the importer reads them with, so the importer can be asked to draft them back.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { loadContent } from '../../src/lib/content/load.ts';
import type { Line } from '../../src/lib/schema/line.ts';
import { isRegion, repoRoot } from './load-fixture.ts';

const { lists } = loadContent(`${repoRoot}content`, isRegion, repoRoot);

/** A list's rows with a number, as a test expects them back: "12396 merged". */
export type Row = Pick<Line, 'number' | 'aliases' | 'name' | 'department' | 'mode' | 'row'>;
export const rowsOf = (region: string): Row[] => lists.find((l) => l.region === region)!.lines.filter((l) => l.number !== null);
export const expected = (rows: readonly Row[]) => rows.map((r) => `${r.number} ${r.mode}`);

const HEADINGS: Record<Line['mode'], string> = { merged: '一、整体并入', parallel: '二、双号并行', subcenter: '三、设分中心' };
/** Rows in the order a document with one part per mode prints them. */
export const byMode = (rows: readonly Row[]) => (['merged', 'parallel', 'subcenter'] as const).flatMap((m) => rows.filter((r) => r.mode === m));
const parts = (rows: readonly Row[]) => (['merged', 'parallel', 'subcenter'] as const).map((m) => ({ heading: HEADINGS[m], rows: rows.filter((r) => r.mode === m) })).filter((p) => p.rows.length > 0);
const numberCell = (r: Row) => (r.aliases.length > 0 ? `${r.number} (${r.aliases.join(', ')})` : r.number!);

const cell = (text: string, span = 1) => new TableCell({ children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(text)] })], columnSpan: span, width: { size: 1500, type: WidthType.DXA } });

/** A Word file: a heading per mode, each with a table 序号 号码 责任单位 (福建's layout). */
export async function wordTables(rows: readonly Row[]): Promise<Buffer> {
  const children = parts(rows).flatMap(({ heading, rows: part }) => [
    new Paragraph({ children: [new TextRun(heading)] }),
    new Table({ rows: [new TableRow({ children: ['序号', '号码', '责任单位'].map((h) => cell(h)) }), ...part.map((r, i) => new TableRow({ children: [cell(String(i + 1)), cell(r.number!), cell(r.department ?? '')] }))] }),
  ]);
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('某市 12345 热线归并清单')] }), ...children] }] }));
}

/** A Word table with the modes as tick columns under a 整合方式 heading spanning them (潮州's layout). */
export async function wordTicks(rows: readonly Row[]): Promise<Buffer> {
  const modes = ['merged', 'parallel', 'subcenter'] as const;
  const table = new Table({
    rows: [
      new TableRow({ children: [cell('序号'), cell('热线号码'), cell('热线名称'), cell('整合方式', 3)] }),
      new TableRow({ children: [cell(''), cell(''), cell(''), cell('整体并入'), cell('双号并行'), cell('设分中心')] }),
      ...rows.map((r, i) => new TableRow({ children: [cell(String(i + 1)), cell(r.number!), cell(r.name), ...modes.map((m) => cell(r.mode === m ? '√' : ''))] })),
    ],
  });
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('热线归并清单')] }), table] }] }));
}

/** A spreadsheet: a heading row per mode, then 序号 名称 号码 责任单位 rows, an alias in brackets (吉林's layout). */
export async function spreadsheet(rows: readonly Row[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('清单');
  for (const { heading, rows: part } of parts(rows)) {
    sheet.addRow([heading]);
    sheet.addRow(['序号', '名称', '号码', '责任单位']);
    part.forEach((r, i) => sheet.addRow([i + 1, r.name, numberCell(r), r.department ?? '']));
    sheet.addRow([]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** An HTML page: a heading per mode, each a table whose number cell carries the name (泉州's layout). */
export function htmlPage(rows: readonly Row[], style = ''): string {
  const tables = parts(rows).map(({ heading, rows: part }) => `<h2>${heading}</h2><table><tr><th>序号</th><th>号码</th><th>热线主管部门</th></tr>${part.map((r, i) => `<tr><td>${i + 1}</td><td>${r.number} ${r.name}</td><td>${r.department ?? ''}</td></tr>`).join('')}</table>`);
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>清单</title><style>${style}</style></head><body><h1>某市 12345 热线归并清单</h1>${tables.join('')}</body></html>`;
}

/** A document as content/sources/ keeps it, as a web page: each line a paragraph, each run of tab-separated lines a table (四川's cells keep their <p>s). */
export function documentPage(text: string, style = ''): string {
  const blocks: string[] = [];
  let rows: string[] = [];
  const flush = () => {
    if (rows.length > 0) blocks.push(`<table>${rows.join('')}</table>`);
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) rows.push(`<tr>${line.split('\t').map((c) => `<td>${c}</td>`).join('')}</tr>`);
    else {
      flush();
      if (line.trim()) blocks.push(`<p>${line}</p>`);
    }
  }
  flush();
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>${style}</style></head><body>${blocks.join('')}</body></html>`;
}

/** Plain text: one sentence per mode enumerating its numbers (广西's layout). */
export function sentences(rows: readonly Row[]): string {
  const verb: Record<Line['mode'], string> = { merged: '取消', parallel: '保留', subcenter: '保留' };
  const numbering = ['（一）', '（二）', '（三）'];
  return ['某省热线归并工作方案', '二、归并方式', ...parts(rows).map(({ heading, rows: part }, i) => `${numbering[i]}${heading.slice(2)}。${verb[part[0]!.mode]}${part.map((r) => r.number).join('、')}共${part.length}条热线号码。`)].join('\n');
}
