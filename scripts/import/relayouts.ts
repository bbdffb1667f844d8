/**
 * Tries the importer on re-layouts of every list, as a reviewer makes them: each document of
 * content/sources/ printed by Chromium to PDF in many layouts (tables with and without borders at
 * several widths, portrait and landscape, without the head rows, rows as paragraphs, browser-default
 * and unusual table CSS), each drafted back and scored against its hand-made list in content/lists/:
 *
 *   npx node scripts/import/relayouts.ts [--only SUBSTRING] [--keep DIR]
 *
 * Prints per document and layout the rows right (number and mode as the list has them), the modes the
 * draft states wrongly, the modes left TO DECIDE and the numbers it did not place (the import refuses
 * those); a line ending in FALSE is a draft that states a wrong mode, or claims every number while
 * rows are missing. The PDFs are written to a temporary folder (about 150, 35 MB) and not kept, or to DIR with --keep.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { draftList } from '../../src/lib/import/draft.ts';
import { readRadicals } from '../../src/lib/import/radicals.ts';
import { catalogue as catalogueSchema } from '../../src/lib/schema/catalogue.ts';
import { launchChromium } from '../../tests/support/browser.ts';
import { documentPage } from '../../tests/support/import-fixtures.ts';
import { documentText } from './read.ts';
import { scoreDraft, type HandMadeList } from './relayout-score.ts';

const base = 'body { font: 12px sans-serif; } table { border-collapse: collapse; margin-bottom: 12px; } td p { margin: 0; }';
const ruled = 'td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; }';
const plain = 'td { padding: 2px 6px; vertical-align: top; }';
/**
 * Each layout: the page's CSS (null: a paragraph per row), whether the head rows stay, the page's orientation, and whether
 * each table's head rows are a <thead>, which Chromium prints again at the top of every page the table runs onto.
 */
const LAYOUTS: Record<string, { css: string | null; head: boolean; landscape?: boolean; repeatHeads?: boolean }> = {};
for (const w of [100, 60, 40]) {
  LAYOUTS[`bordered-${w}`] = { css: `${base} ${ruled} table { width: ${w}%; }`, head: true };
  LAYOUTS[`plain-${w}`] = { css: `${base} ${plain} table { width: ${w}%; }`, head: true };
}
Object.assign(LAYOUTS, {
  'plain-60-nohead': { css: `${base} ${plain} table { width: 60%; }`, head: false },
  'bordered-60-nohead': { css: `${base} ${ruled} table { width: 60%; }`, head: false },
  'plain-60-landscape': { css: `${base} ${plain} table { width: 60%; }`, head: true, landscape: true },
  'bordered-40-landscape': { css: `${base} ${ruled} table { width: 40%; }`, head: true, landscape: true },
  text: { css: null, head: true },
  'text-landscape': { css: null, head: true, landscape: true },
  'x-default-60': { css: 'body { font: 13px serif; } table { width: 60%; } td p { margin: 0; }', head: true },
  'x-pad0-60': { css: `${base} td { padding: 0 6px; } table { width: 60%; }`, head: true },
  'x-middle-50': { css: `${base} td { padding: 3px 8px; } table { width: 50%; }`, head: true },
  'x-big-70-landscape': { css: 'body { font: 16px sans-serif; line-height: 1.2; } table { width: 70%; border-collapse: collapse; } td { padding: 2px 5px; } td p { margin: 0; }', head: true, landscape: true },
  'x-bottom-60': { css: `${base} td { padding: 2px 6px; vertical-align: bottom; } table { width: 60%; }`, head: true },
  // Added after the reader's changes of 2026-12-07, to try it on layouts it was not tuned on: another font and line height,
  // columns narrower still, and tables that run over pages with their heads printed again on each.
  'y-serif-lh16-50': { css: 'body { font: 11px serif; line-height: 1.6; } table { width: 50%; border-collapse: collapse; } td { padding: 1px 4px; vertical-align: top; } td p { margin: 0; }', head: true },
  'y-narrow-30': { css: `${base} ${plain} table { width: 30%; }`, head: true },
  'y-thead-ruled-90': { css: 'body { font: 15px sans-serif; line-height: 1.6; } table { width: 90%; border-collapse: collapse; } td { border: 1px solid #000; padding: 3px 5px; } td p { margin: 0; }', head: true, repeatHeads: true },
  'y-thead-plain-60': { css: `body { font: 14px sans-serif; line-height: 1.5; } table { width: 60%; } td { padding: 4px 6px; vertical-align: top; } td p { margin: 0; }`, head: true, repeatHeads: true },
  // Added later the same day, after the y- layouts passed, also untuned: centred cells, and a Song face at 12 pt with no vertical padding.
  'z-center-60': { css: `${base} td { padding: 2px 6px; text-align: center; } table { width: 60%; }`, head: true },
  'z-ruled-center-80': { css: `${base} ${ruled} td { text-align: center; vertical-align: middle; } table { width: 80%; }`, head: true },
  'z-songti-12pt-50': { css: 'body { font: 12pt "Noto Serif CJK SC", serif; line-height: 1.5; } table { width: 50%; border-collapse: collapse; } td { padding: 0 3px; } td p { margin: 0; }', head: true },
});
/** Each table's first rows without a digit (its head) as a <thead>. */
const withHeads = (html: string) =>
  html.replace(/<table>((?:<tr>(?:(?!<\/tr>).)*<\/tr>)*?)(?=<tr>(?:(?!<\/tr>).)*\d)/gsu, (_, head: string) => (head === '' ? '<table>' : `<table><thead>${head}</thead>`));

const withoutHead = (text: string) => text.split('\n').filter((l) => !l.includes('\t') || /\d/u.test(l.replace(/<[^>]*>/gu, ''))).join('\n');
const asParagraphs = (text: string) =>
  `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>${base}</style></head><body>${text.split('\n').map((l) => l.replace(/<\/?p>/gu, ' ').split('\t').map((c) => c.trim()).filter(Boolean).join(' ')).filter(Boolean).map((l) => `<p>${l}</p>`).join('')}</body></html>`;

const values = (() => {
  try {
    return parseArgs({ options: { only: { type: 'string', default: '' }, keep: { type: 'string' } } }).values;
  } catch (error) {
    console.error(`relayouts: ${(error as Error).message}; usage: npx node scripts/import/relayouts.ts [--only SUBSTRING] [--keep DIR], e.g. --only quanzhou or --only plain-60`);
    process.exit(2);
  }
})();
const catalogue = catalogueSchema.parse(parse(readFileSync('content/catalogue.yaml', 'utf8')));
const work = values.keep ?? mkdtempSync(join(tmpdir(), 'relayouts-'));
mkdirSync(work, { recursive: true });
const browser = await launchChromium('browser');
const page = await browser.newPage();
let right = 0;
let tried = 0;
try {
  for (const file of readdirSync('content/lists').sort()) {
    const list = parse(readFileSync(join('content/lists', file), 'utf8')) as HandMadeList & { region: string; source: { id: string } };
    const source = readFileSync(join('content/sources', `${list.source.id}.txt`), 'utf8');
    for (const [layout, { css, head, landscape, repeatHeads }] of Object.entries(LAYOUTS)) {
      const name = `${file.replace(/\.yaml$/u, '')} ${layout}`;
      if (!name.includes(values.only)) continue;
      const shown = head ? source : withoutHead(source);
      const html = css === null ? asParagraphs(shown) : documentPage(shown, css);
      await page.setContent(repeatHeads ? withHeads(html) : html);
      const pdf = join(work, `${file}-${layout}.pdf`);
      writeFileSync(pdf, await page.pdf({ format: 'A4', landscape: !!landscape, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } }));
      const draft = draftList(readRadicals((await documentText(pdf)).text), { region: list.region, sourceId: 'relayout', catalogue, added: '2026-12-07' });
      const score = scoreDraft(list, draft);
      tried++;
      if (score.passes) right++;
      console.log(`${name.padEnd(40)} ${String(score.right).padStart(2)}/${score.of} right, ${score.wrong.length} wrong, ${score.open} open, ${score.unplaced} unplaced${score.claimsFalsely ? '  FALSE' : ''}`);
    }
  }
} finally {
  await browser.close();
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
if (tried === 0) {
  console.error(`relayouts: no list and layout is named with "${values.only}"; names are a list file and a layout: ${Object.keys(LAYOUTS).join(', ')}`);
  process.exit(2);
}
console.log(`${right} of ${tried} re-layouts drafted with ≥ 90 % of their rows right.`);
