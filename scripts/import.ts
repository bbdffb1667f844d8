/**
 * Drafts a region's list from its document as published, for a data editor to review:
 *
 *   npm run import -- FILE --region CODE [--out DIR] [--id ID] [--gaps-known]
 *
 * FILE is the document: text copied from a page (tables as tab-separated lines), .html, .docx,
 * .xlsx or a .pdf with a text layer. It writes DIR/sources/{id}.txt, the document's text as
 * extracted, and DIR/lists/{code}-{name}.yaml, a draft list in the schema; DIR is content/ by
 * default. It prints what it drafted, how it read each row, the numbers it saw against the rows it
 * drafted, the rows to check and the fields it left to decide.
 * Bad input (an unreadable file, no hotline rows, an unknown region, an id that is not a plain name)
 * gets one sentence and a non-zero exit, and nothing is written; so does a document that prints a
 * hotline number no drafted row holds, unless --gaps-known says the editor knows why.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Document, parse } from 'yaml';
import { catalogue as catalogueSchema } from '../src/lib/schema/catalogue.ts';
import { draftList, type Draft, type DraftReport } from '../src/lib/import/draft.ts';
import { todayInChina } from '../src/lib/dates.ts';
import { readRadicals } from '../src/lib/import/radicals.ts';
import { allRegions } from '../src/lib/places/regions.ts';
import { latinRegionName } from '../src/lib/locale/region-names.ts';
import { documentText, ImportError } from './import/read.ts';

const USAGE = 'usage: npm run import -- FILE --region CODE [--out DIR] [--id ID] [--gaps-known] (--help says more)';
const HELP = `usage: npm run import -- FILE --region CODE [--out DIR] [--id ID] [--gaps-known]

Drafts a region's merge list from its document, for you to review (CONTRIBUTING.md).
  FILE           the document: .txt (tables as tab-separated lines), .html, .docx, .xlsx, or a .pdf with text
  --region CODE  the region's six-digit GB/T 2260 code, e.g. 450000 for 广西壮族自治区
  --out DIR      where to write sources/{id}.txt and lists/{code}-{name}.yaml (default: content)
  --id ID        the document's id: letters, digits and hyphens (default: the region's name and the document's year)
  --gaps-known   draft even where the document prints a hotline number no drafted row holds (say why in source.notes)
  --help         this text`;
/** A document's id names a file and a page address: letters, digits and inner hyphens, nothing that leaves its folder. */
const PLAIN_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/u;

/** Consecutive rows read from consecutive lines the same way, as one line of the report. */
function runsOf(read: DraftReport['read']): { from: number; to: number; rows: number; how: string }[] {
  const runs: { from: number; to: number; rows: number; how: string }[] = [];
  for (const { line, how } of read) {
    const last = runs.at(-1);
    if (last && last.how === how && line - last.to <= 2) {
      last.to = line;
      last.rows++;
    } else runs.push({ from: line, to: line, rows: 1, how });
  }
  return runs;
}

/** Each number seen but not placed, where it was seen: "12300 (line 14, under 一、整体并入)". */
const unplacedList = (r: DraftReport) => r.unplaced.map((u) => `${u.number} (line ${u.line}${u.section ? `, under ${u.section}` : ''})`).join(', ');

/** What the draft left out, said plainly: never a completeness it does not have. */
function gapsLine(r: DraftReport): string {
  if (r.unplaced.length === 0) return 'Every hotline number the document prints is in a drafted row (a row printed without a number is only in the rows to check).';
  return `Hotline numbers the document prints that no drafted row holds (${r.unplaced.length}): ${unplacedList(r)}.`;
}

/** The report a person reads top to bottom. */
function report(draft: Draft, written: { source: string; list: string; encoding?: string; layout?: string }): string {
  const r = draft.report;
  const out = [`Drafted ${r.rows} rows from the document into ${written.list}; its text is in ${written.source}.`];
  if (written.encoding) out.push(`  read as ${written.encoding}.`);
  if (written.layout) out.push(`  read as ${written.layout}.`);
  const { merged, parallel, subcenter } = draft.list.counts;
  out.push(`  modes read: ${merged} merged (整体并入), ${parallel} parallel (双号并行), ${subcenter} subcenter (设分中心).`);
  out.push('How the rows were read:');
  for (const run of runsOf(r.read)) out.push(`  line${run.from === run.to ? ` ${run.from}` : `s ${run.from}–${run.to}`}: ${run.rows} row${run.rows === 1 ? '' : 's'}, each ${run.how}`);
  out.push('Hotline numbers the document prints, and rows drafted, by part of the document:');
  for (const p of r.sections) out.push(`  ${p.section ?? '(before the first heading)'}: ${p.seen} numbers seen, ${p.drafted} rows drafted`);
  out.push(gapsLine(r));
  if (r.cutOff) out.push(`The text ends on a number cut short, at line ${r.cutOff.line} ("…${r.cutOff.words.slice(-30)}"): if the document goes on, set source.heldInPart (CONTRIBUTING.md).`);
  if (r.missing.length > 0) out.push(`Not found in the document's text: ${r.missing.join(', ')}.`);
  if (r.toCheck.length > 0) {
    out.push(`Rows to check (${new Set(r.toCheck.map((c) => c.row)).size}), by their line in the document:`);
    for (const c of r.toCheck) out.push(`  line ${c.line}, ${c.row}: ${c.what}`);
  }
  if (r.uncatalogued.length > 0) out.push(`Numbers the catalogue does not know (add them to catalogue.yaml first): ${r.uncatalogued.map((u) => `${u.number} (line ${u.line})`).join(', ')}.`);
  if (r.unmentioned.length > 0) out.push(`National catalogue numbers the document never mentions: ${r.unmentioned.join(', ')}.`);
  const open = draft.list.lines.flatMap((l) => Object.values(l)).filter((v) => typeof v === 'string' && v.startsWith('TO DECIDE')).length + (draft.list.source.title.startsWith('TO DECIDE') ? 1 : 0);
  out.push(open > 0 ? `${open} fields are marked "TO DECIDE:": write each decision in its place, then run npm run check-data.` : 'No field was left to decide: review the draft against the document, then run npm run check-data.');
  return out.join('\n');
}

/**
 * Runs the import as the command line gives it.
 * @returns the report to print, once both files are written
 * @throws {ImportError} on bad input, before anything is written
 */
export async function importDocument(argv: string[]): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { region: { type: 'string' }, out: { type: 'string', default: 'content' }, id: { type: 'string' }, 'gaps-known': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    throw new ImportError(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
  }
  const { positionals, values } = parsed;
  if (values.help) return HELP;
  const [file] = positionals;
  if (!file || !values.region || positionals.length > 1) throw new ImportError(USAGE);
  const region = allRegions().find((r) => r.code === values.region);
  if (!region) throw new ImportError(`No region has the code ${values.region} in the GB/T 2260 dataset the site uses: give a province's or prefecture's six-digit code, e.g. 450000 for 广西壮族自治区.`);
  if (values.id !== undefined && !PLAIN_ID.test(values.id)) {
    throw new ImportError(`--id ${JSON.stringify(values.id)} is not a plain id: use lower-case letters, digits and hyphens only (e.g. guangxi-2021), no slashes or dots.`);
  }
  if (!existsSync(file)) throw new ImportError(`No such file: ${file}.`);

  const out = values.out;
  const catalogueFile = existsSync(join(out, 'catalogue.yaml')) ? join(out, 'catalogue.yaml') : 'content/catalogue.yaml';
  const catalogue = catalogueSchema.parse(parse(readFileSync(catalogueFile, 'utf8')));
  const read = await documentText(file);
  const text = readRadicals(read.text);
  const name = latinRegionName(region.name).toLowerCase().replace(/[^a-z]+/gu, '-');
  const year = /(20\d{2})\s*年/u.exec(text)?.[1];
  const id = values.id ?? (year ? `${name}-${year}` : name);
  const draft = draftList(text, { region: region.code, sourceId: id, catalogue, added: todayInChina() });
  if (draft.report.rows === 0) {
    const seen = draft.report.unplaced.length > 0 ? ` It prints hotline numbers no row holds, ${unplacedList(draft.report)}.` : '';
    throw new ImportError(`Found no hotline rows in ${file}: no table under a heading such as 一、整体并入, no tick or 归并方式 column and no sentence listing numbers (12300、12301…) names a line; check that this is the merge list, or copy its table into a .txt file with tab-separated cells.${seen}`);
  }

  if (draft.report.unplaced.length > 0 && !values['gaps-known']) {
    throw new ImportError(
      `Nothing was written: the document prints hotline numbers no drafted row holds, ${unplacedList(draft.report)}; see how the document lays out those rows and draft them by hand, or, if they are not lines of the list, import again with --gaps-known and say why in source.notes.`,
    );
  }

  const source = join(out, 'sources', `${id}.txt`);
  const listsDir = join(out, 'lists');
  const list = join(listsDir, `${region.code}-${name}.yaml`);
  const existing = existsSync(listsDir) ? readdirSync(listsDir).find((f) => f.startsWith(`${region.code}-`) || f === `${region.code}.yaml`) : undefined;
  if (existing) throw new ImportError(`${join(listsDir, existing)} already holds ${region.name}'s list: move it away (or import with --out into another folder) before drafting a new one.`);
  if (existsSync(source)) throw new ImportError(`${source} already exists: give this document another id with --id.`);

  const yaml = new Document(draft.list, { aliasDuplicateObjects: false });
  yaml.commentBefore = ` ${region.name}: drafted by npm run import from ${file}. Review every row against ${source}, decide each "TO DECIDE:", then run npm run check-data.`;
  mkdirSync(join(out, 'sources'), { recursive: true });
  mkdirSync(listsDir, { recursive: true });
  writeFileSync(source, text.endsWith('\n') ? text : `${text}\n`);
  writeFileSync(list, yaml.toString({ lineWidth: 0 }));
  return report(draft, { source, list, ...(read.encoding ? { encoding: read.encoding } : {}), ...(read.layout ? { layout: read.layout } : {}) });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(await importDocument(process.argv.slice(2)));
  } catch (error) {
    console.error(error instanceof ImportError ? error.message : `The import stopped: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
