/**
 * Issue 32's re-layouts in the kinds other than PDF: every document of content/sources/ laid out again as a reviewer
 * keeps it — text copied from a browser (the cells' paragraph markup gone), a saved web page (also with <th> heads spanning
 * their columns), a Word file and an Excel sheet (head cells spanning or merged over their columns), each made from the
 * document's own lines (a paragraph per line, a table per run of tab-separated lines) — read by
 * the importer's readers and drafted back: each has ≥ 90 % of its list's rows right (number and mode), states no wrong
 * mode and reports every number it could not place. (PDFs: scripts/import/relayouts.ts and pdf.browser.test.ts.)
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../scripts/import/read.ts';
import { scoreDraft, type HandMadeList } from '../../scripts/import/relayout-score.ts';
import { draftList } from '../../src/lib/import/draft.ts';
import { catalogue as catalogueSchema } from '../../src/lib/schema/catalogue.ts';
import { documentPage } from '../support/import-fixtures.ts';
import { repoRoot } from '../support/load-fixture.ts';

const work = mkdtempSync(join(tmpdir(), 'relayout-kinds-'));
const catalogue = catalogueSchema.parse(parse(readFileSync(`${repoRoot}content/catalogue.yaml`, 'utf8')));
const lists = readdirSync(`${repoRoot}content/lists`).sort().map((file) => {
  const list = parse(readFileSync(`${repoRoot}content/lists/${file}`, 'utf8')) as HandMadeList & { region: string; source: { id: string } };
  return { file, list, text: readFileSync(`${repoRoot}content/sources/${list.source.id}.txt`, 'utf8') };
});

/** A document's lines as blocks: a paragraph, or a table's rows (its cells, each its paragraphs). */
function blocksOf(text: string): ({ paragraph: string } | { rows: string[][][] })[] {
  const blocks: ({ paragraph: string } | { rows: string[][][] })[] = [];
  for (const line of text.split('\n')) {
    const last = blocks.at(-1);
    if (!line.includes('\t')) {
      if (line.trim() !== '') blocks.push({ paragraph: line });
      continue;
    }
    const row = line.split('\t').map((cell) => cell.split(/<\/?p>/u).map((p) => p.trim()).filter(Boolean));
    if (last && 'rows' in last) last.rows.push(row);
    else blocks.push({ rows: [row] });
  }
  return blocks;
}

/** A head cell's span: a cell of a row with no digit, followed by empty cells before the row's end (整合方式 over its three tick columns). */
function spans(row: readonly string[][]): number[] {
  if (row.flat().some((p) => /\d/u.test(p))) return row.map(() => 1);
  const last = row.findLastIndex((cell) => cell.length > 0);
  return row.map((cell, i) => {
    if (cell.length === 0 || i >= last) return 1;
    let n = 1;
    while (i + n < last && row[i + n]!.length === 0) n++;
    return n;
  });
}

/** A Word table of a document's rows, a head cell spanning its columns. */
const word = (rows: readonly string[][][]) =>
  new Table({
    rows: rows.map((row) => {
      const span = spans(row);
      const cells = row.flatMap((cell, i) => (i > 0 && span.slice(0, i).some((n, j) => j + n > i) ? [] : [{ cell, span: span[i]! }]));
      return new TableRow({ children: cells.map(({ cell, span: columnSpan }) => new TableCell({ columnSpan, width: { size: 1200, type: WidthType.DXA }, children: (cell.length > 0 ? cell : ['']).map((p) => new Paragraph({ children: [new TextRun(p)] })) })) });
    }),
  });

/** The kinds, each a file extension and how the document is laid out in it. */
const KINDS: Record<string, { ext: string; make: (text: string) => Promise<string | Buffer> }> = {
  // Copied from a browser into a text editor: tables as tab-separated lines, a cell's paragraphs run together.
  'text copied from a browser': { ext: '.txt', make: async (text) => text.replace(/<\/?p>/gu, ' ').replace(/ {2,}/gu, ' ') },
  'a web page': { ext: '.html', make: async (text) => documentPage(text) },
  'a web page whose heads are <th> cells spanning their columns': {
    ext: '.html',
    make: async (text) =>
      `<!doctype html><html><head><meta charset="utf-8"><title>清单</title></head><body>${blocksOf(text)
        .map((b) => ('paragraph' in b ? `<p>${b.paragraph}</p>` : `<table border="1">${b.rows.map((row) => { const span = spans(row); const head = span.length > 0 && !row.flat().some((p) => /\d/u.test(p)); return `<tr>${row.map((cell, i) => (i > 0 && span.slice(0, i).some((n, j) => j + n > i) ? '' : `<${head ? 'th' : 'td'}${span[i]! > 1 ? ` colspan="${span[i]}"` : ''}>${cell.map((p) => `<p>${p}</p>`).join('')}</${head ? 'th' : 'td'}>`)).join('')}</tr>`; }).join('')}</table>`))
        .join('')}</body></html>`,
  },
  'a Word file whose head cells span their columns': { ext: '.docx', make: async (text) => Packer.toBuffer(new Document({ sections: [{ children: blocksOf(text).map((b) => ('paragraph' in b ? new Paragraph({ children: [new TextRun(b.paragraph)] }) : word(b.rows))) }] })) },
  'an Excel sheet, its head cells merged over their columns': {
    ext: '.xlsx',
    make: async (text) => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('清单');
      for (const b of blocksOf(text)) {
        if ('paragraph' in b) {
          sheet.addRow([b.paragraph]);
          continue;
        }
        for (const row of b.rows) {
          const added = sheet.addRow(row.map((cell) => cell.join(' ')));
          spans(row).forEach((n, i) => n > 1 && sheet.mergeCells(added.number, i + 1, added.number, i + n));
        }
      }
      return Buffer.from(await book.xlsx.writeBuffer());
    },
  },
};

describe('every seed document re-laid out in the kinds a reviewer keeps drafts ≥ 90 % of its rows right, and claims nothing it lacks', () => {
  for (const [kind, { ext, make }] of Object.entries(KINDS)) {
    it(kind, async () => {
      const scores: string[] = [];
      for (const { file, list, text } of lists) {
        const path = join(work, `${file}-${Object.keys(KINDS).indexOf(kind)}${ext}`);
        writeFileSync(path, await make(text));
        const draft = draftList((await documentText(path)).text, { region: list.region, sourceId: 'relayout', catalogue, added: '2026-12-07' });
        const score = scoreDraft(list, draft);
        scores.push(`${file} ${score.passes && !score.claimsFalsely ? 'ok' : `${score.right}/${score.of}, wrong ${score.wrong.join(' ') || 'none'}, ${score.unplaced} unplaced${score.claimsFalsely ? ', claims falsely' : ''}`}`);
      }
      expect(scores).toEqual(lists.map(({ file }) => `${file} ok`));
    });
  }
});
