/**
 * `npm run import` on PDFs printed by Chromium (Debian's fonts-noto-cjk draws the Chinese): a
 * table of 四川's rows under the modes' headings, its rows rebuilt from the text layer's
 * positioned pieces, with a heading whose 入 is written as the Kangxi radical ⼊ (U+2F0A) as real
 * PDFs' text layers give it; tables drawn with borders (泉州's rows, centred headings; 四川's own
 * document, whose cells wrap over many lines and whose last table runs onto the next page), read
 * by their rules; and a scan, the same page as an image only, which has no text layer. Then every
 * document of content/sources/ printed again as a reviewer would (tables with and without borders at
 * 100, 60 and 40 % of the page, with and without a head row, portrait and landscape, and as text with a
 * paragraph per row): each draft has ≥ 90 % of its list's rows right (number and mode) and no wrong
 * mode, or the import is refused naming every number it did not place.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../scripts/import.ts';
import { ImportError } from '../../scripts/import/read.ts';
import { launchChromium } from '../support/browser.ts';
import { byMode, documentPage, expected, htmlPage, rowsOf } from '../support/import-fixtures.ts';
import { repoRoot } from '../support/load-fixture.ts';

const work = mkdtempSync(join(tmpdir(), 'import-pdf-'));
const rows = rowsOf('510000');
const CSS = 'body { font: 10px sans-serif; } table { border-collapse: collapse; margin-bottom: 24px; } td, th { padding: 2px 14px; text-align: left; white-space: nowrap; }';
let browser: Browser;
let printed: string;
let scanned: string;
let bordered: string;
let sichuanDocument: string;
let wrapped: string;
const BORDERS = 'body { font: 10px sans-serif; } table { border-collapse: collapse; width: 100%; margin-bottom: 12px; } td, th { border: 1px solid #000; padding: 2px 4px; } td p { margin: 0; }';
const A4 = { format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } } as const;

/** The ways a reviewer prints a list again: table CSS (none: a paragraph per row), whether the head rows are kept, the page's orientation. */
const RELAYOUT_BASE = 'body { font: 12px sans-serif; } table { border-collapse: collapse; margin-bottom: 12px; } td p { margin: 0; }';
const RULED = 'td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; }';
const PLAIN = 'td { padding: 2px 6px; }';
const RELAYOUTS: Record<string, { css: string | null; head: boolean; landscape: boolean }> = {
  'plain-60': { css: `${PLAIN} table { width: 60%; }`, head: true, landscape: false },
  'bordered-100': { css: `${RULED} table { width: 100%; }`, head: true, landscape: false },
  'plain-40-landscape': { css: `${PLAIN} table { width: 40%; }`, head: true, landscape: true },
  'bordered-40': { css: `${RULED} table { width: 40%; }`, head: true, landscape: false },
  'text': { css: null, head: true, landscape: false },
  'plain-60-no-head': { css: `${PLAIN} table { width: 60%; }`, head: false, landscape: false },
  'bordered-60-landscape': { css: `${RULED} table { width: 60%; }`, head: true, landscape: true },
};
const OTHER_LAYOUTS = Object.keys(RELAYOUTS).filter((l) => l !== 'plain-60');
// Turned so the layouts without a head land on a list that reads them (泉州, as paragraphs) and one that cannot (潮州, its ticks unnamed).
OTHER_LAYOUTS.push(OTHER_LAYOUTS.shift()!);
/** Every document at 60 % without borders (the layout that wraps long cells most), and one more layout each, in turn, so every layout is tried. */
const relayouts = readdirSync(`${repoRoot}content/lists`).flatMap((file, d) => ['plain-60', OTHER_LAYOUTS[d % OTHER_LAYOUTS.length]!].map((layout) => ({ file, layout })));
const withoutHead = (text: string) => text.split('\n').filter((l) => !l.includes('\t') || /\d/u.test(l.replace(/<[^>]*>/gu, ''))).join('\n');
/** A row as a paragraph: its cells' text one after another, a space between. */
const asParagraphs = (text: string) => `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>${RELAYOUT_BASE}</style></head><body>${text.split('\n').map((l) => l.replace(/<\/?p>/gu, ' ').split('\t').map((c) => c.trim()).filter(Boolean).join(' ')).filter(Boolean).map((l) => `<p>${l}</p>`).join('')}</body></html>`;

beforeAll(async () => {
  browser = await launchChromium('browser');
  const page = await browser.newPage();
  for (const { file, layout } of relayouts) {
    const list = parse(readFileSync(`${repoRoot}content/lists/${file}`, 'utf8')) as { source: { id: string } };
    const { css, head, landscape } = RELAYOUTS[layout]!;
    const text = readFileSync(`${repoRoot}content/sources/${list.source.id}.txt`, 'utf8');
    const shown = head ? text : withoutHead(text);
    await page.setContent(css === null ? asParagraphs(shown) : documentPage(shown, `${RELAYOUT_BASE} ${css}`));
    writeFileSync(join(work, `${file}-${layout}.pdf`), await page.pdf({ ...A4, landscape }));
  }
  await page.setContent(htmlPage(rows, CSS).replace('一、整体并入', '一、整体并⼊'));
  printed = join(work, 'sichuan.pdf');
  writeFileSync(printed, await page.pdf(A4));
  await page.setContent(htmlPage(rowsOf('350500'), BORDERS));
  bordered = join(work, 'quanzhou-bordered.pdf');
  writeFileSync(bordered, await page.pdf(A4));
  await page.setContent(documentPage(readFileSync(`${repoRoot}content/sources/sichuan-2021.txt`, 'utf8'), BORDERS));
  sichuanDocument = join(work, 'sichuan-document.pdf');
  writeFileSync(sichuanDocument, await page.pdf(A4));
  // No borders, and columns too narrow: a line's name wraps onto a second line, its department too, and the head's.
  await page.setContent(htmlPage(rows, 'body { font: 10px sans-serif; } table { width: 260px; margin-bottom: 16px; } td, th { padding: 2px 6px; vertical-align: top; }'));
  wrapped = join(work, 'sichuan-wrapped.pdf');
  writeFileSync(wrapped, await page.pdf(A4));
  await page.setContent(htmlPage(rows, CSS).replace('一、整体并入', '一、整体并⼊'));
  // A scan: the page as a picture, printed again — a PDF with no text in it.
  const picture = (await page.screenshot({ fullPage: true })).toString('base64');
  await page.setContent(`<!doctype html><body style="margin:0"><img src="data:image/png;base64,${picture}" style="width:100%"></body>`);
  scanned = join(work, 'scan.pdf');
  writeFileSync(scanned, await page.pdf({ format: 'A4' }));
});
afterAll(() => browser?.close());

describe('a PDF printed by Chromium', () => {
  it('is drafted with every number and mode right, its rows rebuilt from positioned pieces and ⼊ read as 入', async () => {
    const out = join(work, 'out');
    await importDocument([printed, '--region', '510000', '--out', out, '--id', 'sichuan-pdf']);
    const [file] = readdirSync(join(out, 'lists'));
    const draft = parse(readFileSync(join(out, 'lists', file!), 'utf8')) as { lines: { number: string; mode: string; section: string }[] };
    expect(draft.lines.map((l) => `${l.number} ${l.mode}`)).toEqual(expected(byMode(rows)));
    expect(draft.lines[0]!.section).toBe('一、整体并入');
    const text = readFileSync(join(out, 'sources', 'sichuan-pdf.txt'), 'utf8');
    expect(text).toContain('一、整体并入');
    expect(text).not.toMatch(/[\u2E80-\u2FDF]/u);
    expect(text).toContain('1\t12396 全国统一科技公益服务电话\t');
  });

  it('with bordered tables, reads each row between its rules, says so, and drafts every row right', async () => {
    const numbersAndModes = async (file: string, region: string) => {
      const out = join(work, `${region}-out`);
      const report = await importDocument([file, '--region', region, '--out', out, '--id', `${region}-pdf`]);
      const [list] = readdirSync(join(out, 'lists'));
      const draft = parse(readFileSync(join(out, 'lists', list!), 'utf8')) as { lines: { number: string | null; mode: string }[] };
      return { report, drafted: draft.lines.filter((l) => l.number !== null).map((l) => `${l.number} ${l.mode}`) };
    };
    const quanzhou = await numbersAndModes(bordered, '350500');
    expect(quanzhou.drafted).toEqual(expected(byMode(rowsOf('350500'))));
    expect(quanzhou.report).toContain('read as a PDF: 3 bordered tables read cell by cell between their rules');
    expect(quanzhou.report).toContain('Every hotline number the document prints is in a drafted row');
    // 四川's cells list a part's lines, each on a line of its own: every one of its 32 numbers, its mode right.
    const sichuan = await numbersAndModes(sichuanDocument, '510000');
    expect(sichuan.drafted).toEqual(expected(rowsOf('510000')));
    expect(sichuan.report).toContain('Every hotline number the document prints is in a drafted row');
  });

  it('without borders, joins a cell wrapped onto the next line to its row (四川’s rows, names and departments wrapping)', async () => {
    const out = join(work, 'wrapped-out');
    const report = await importDocument([wrapped, '--region', '510000', '--out', out, '--id', 'sichuan-wrapped']);
    const [file] = readdirSync(join(out, 'lists'));
    const draft = parse(readFileSync(join(out, 'lists', file!), 'utf8')) as { lines: { number: string; mode: string; department: string }[] };
    expect(draft.lines.map((l) => `${l.number} ${l.mode}`)).toEqual(expected(byMode(rows)));
    expect(draft.lines.find((l) => l.number === '12300')!.department.replace(/\s/gu, '')).toBe('省通信管理局');
    expect(report).toContain('read as a PDF without bordered tables');
  });

  it('a scan without a text layer is refused in one sentence, and nothing is written', async () => {
    const out = join(work, 'scan-out');
    await expect(importDocument([scanned, '--region', '510000', '--out', out])).rejects.toThrow(
      `${scanned} has no text layer (it is a scan, an image of the pages): ask the issuer for a PDF with text, or type the list into a .txt file as content/sources/ keeps documents, and import that.`,
    );
    expect(readdirSync(work)).not.toContain('scan-out');
  });
});

describe('every list of content/ printed again as a reviewer would', () => {
  type Listed = { region: string; lines: { number: string | null; mode: string }[]; readerDecisions?: { number: string; field: string }[] };
  it.each(relayouts)('$file as $layout: ≥ 90 % of its rows right and no wrong mode, or refused naming each number it did not place', async ({ file, layout }) => {
    const list = parse(readFileSync(`${repoRoot}content/lists/${file}`, 'utf8')) as Listed;
    const want = new Map(list.lines.filter((l) => l.number !== null).map((l) => [String(l.number), l.mode]));
    const notRows = new Set((list.readerDecisions ?? []).filter((d) => d.field === 'row').map((d) => String(d.number)));
    const pdf = join(work, `${file}-${layout}.pdf`);
    const out = join(work, `relayout-${file}-${layout}`);
    const draftOf = async (flags: string[]) => {
      rmSync(out, { recursive: true, force: true });
      await importDocument([pdf, '--region', list.region, '--out', out, '--id', 'relayout', ...flags]);
      const [drafted] = readdirSync(join(out, 'lists'));
      return (parse(readFileSync(join(out, 'lists', drafted!), 'utf8')) as Listed).lines.filter((l) => l.number !== null);
    };
    // What the reader cannot read without a table's head, and so refuses: 潮州's modes are tick columns only the head
    // names, 四川's rows carry no 序号, 吉林 has a row without one (its 96889); the others' numbered rows read under their headings.
    const expectRefusal = /chaozhou|sichuan|jilin/u.test(file) && (layout === 'text' || layout === 'plain-60-no-head');
    let refusal: string | null = null;
    let lines: Listed['lines'];
    try {
      lines = await draftOf([]);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      refusal = error.message;
      // With no row read at all there is no draft, gaps known or not.
      lines = await draftOf(['--gaps-known']).catch((again: unknown) => (again instanceof ImportError ? [] : Promise.reject(again)));
    }
    const right = lines.filter((l) => want.get(String(l.number)) === l.mode).length;
    // A mode the draft states is the list's mode; an open one is marked TO DECIDE, which check-data refuses.
    expect(lines.filter((l) => !notRows.has(String(l.number)) && !l.mode.startsWith('TO DECIDE') && want.get(String(l.number)) !== l.mode)).toEqual([]);
    const placed = new Set(lines.map((l) => String(l.number)));
    const unplaced = [...want.keys()].filter((n) => !placed.has(n));
    if (refusal === null) {
      expect(unplaced).toEqual([]);
      expect(right / want.size).toBeGreaterThanOrEqual(0.9);
    } else for (const n of unplaced) expect(refusal).toContain(n);
    expect(refusal !== null).toBe(expectRefusal);
    console.log(`${file} ${layout}: ${right}/${want.size} right${refusal ? `, refused naming ${unplaced.length} numbers` : ''}`);
  });
});
