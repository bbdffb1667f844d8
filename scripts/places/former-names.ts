/**
 * Derives content/former-names.yaml — every prefecture- or county-level name dropped from the code tables since
 * 2000, with the current divisions it is part of, what happened, when and on whose word — from the history of the
 * division codes, the areacodes dataset (https://github.com/yescallop/areacodes, CC0), read from a git copy of it:
 *
 *   node scripts/places/former-names.ts /path/to/areacodes-git-dir [--commit REV]
 *
 * Run by hand when the dataset or the site's divisions change: the build and the tests read only the file it
 * writes. It prints what it wrote and every name it left out, by reason (src/lib/places/history/former-names.ts).
 * A directory that is no git copy of the dataset gets one sentence and exit 2, and nothing is written.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { codeHistory, historyRecord, type CodeRecord } from '../../src/lib/places/history/code-history.ts';
import { changeNotes, type ChangeNote } from '../../src/lib/places/history/change-notes.ts';
import { formerNames, type FormerNamesReport } from '../../src/lib/places/history/former-names.ts';
import { allRegions } from '../../src/lib/places/regions.ts';
import { allPlaces } from '../../src/lib/places/places.ts';
import { loadPlacesFile } from '../../src/lib/places/content/places.ts';
import { DATASET_YEAR } from '../../src/lib/places/since-dataset.ts';
import { spokenName } from '../../src/lib/places/place-names.ts';
import { otherNameRow } from '../../src/lib/places/search/other-name-rows.ts';
import { searchForms } from '../../src/lib/places/search/other-names.ts';
import { MOST_RESULTS } from '../../src/lib/search/question.ts';
import type { FormerNamesFile } from '../../src/lib/schema/former-names.ts';

const USAGE = 'usage: node scripts/places/former-names.ts AREACODES_GIT_DIR [--commit REV]';
/** "Since about 2000" (issue #35): the first table whose dropped names are former names here. */
const SINCE = 2000;
const root = fileURLToPath(new URL('../../', import.meta.url));
const OUT = 'content/former-names.yaml';

const HEADER = `Former names derived from the history of the division codes (docs/data-editors.md, "Former names from the
code history"): each prefecture- or county-level name the code tables dropped since ${SINCE}, with the current
divisions it is part of (those of the site's dataset, as at the end of ${DATASET_YEAR}), what happened, when and on
whose word. Written by scripts/places/former-names.ts; never edit it by hand: to correct a name, research it and
give it an entry in content/places.yaml (\`former\`), which wins over the same name here.

- date: the day (or month) of the document that decided it, where the dataset's note gives one; else only the year
  of the first code table without the name.
- source: the document's 文号 and title and where it was read (link: its address), where the note gives them and the
  document names the division; else 民政部 县级以上行政区划代码（YEAR 年）, the first code table without the name.
  No 文号 is ever made up.
- left out: a name a current division has (the current one wins), one that reaches no current division, and one
  the question could not list whole on one screen (the script's report lists them).

Dataset: the areacodes dataset (the dataset field: its commit and licence, CC0 1.0, public domain). Its sources are
the Ministry of Civil Affairs' 中华人民共和国县级以上行政区划代码 tables, year by year, and the State Council's replies
as published in 国务院公报 on gov.cn (with the Ministry's and provinces' documents where those decided).`;

/** A file of a git copy at a revision, or null where it has none. */
function gitShow(dir: string, rev: string, path: string): string | null {
  try {
    return execFileSync('git', ['-C', dir, 'show', `${rev}:${path}`], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

/** The files under a folder of a git copy at a revision. */
function gitList(dir: string, rev: string, folder: string): string[] | null {
  try {
    return execFileSync('git', ['-C', dir, 'ls-tree', '--name-only', rev, folder], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').filter(Boolean);
  } catch {
    return null;
  }
}

function fail(sentence: string): never {
  console.error(`former-names: ${sentence}; ${USAGE}`);
  process.exit(2);
}

function readHistory(dir: string, rev: string): { commit: string; records: CodeRecord[] } {
  let commit: string;
  try {
    commit = execFileSync('git', ['-C', dir, 'rev-parse', '--verify', `${rev}^{commit}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    fail(`${dir} is no git copy of the areacodes dataset with a revision ${rev}`);
  }
  const csv = gitShow(dir, commit, 'result.csv') ?? fail(`${dir} has no result.csv at ${commit.slice(0, 7)}: is it the areacodes dataset?`);
  const rows = parse(csv, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  const records = rows.map((row, i) => historyRecord(row) ?? fail(`result.csv row ${i + 2} does not read as a code, name, level, status, years and new codes: ${JSON.stringify(row)}`));
  return { commit, records };
}

function printReport(report: FormerNamesReport, written: number) {
  const list = (names: readonly string[]) => (names.length === 0 ? 'none' : names.join('、'));
  console.log(`Wrote ${OUT}: ${written} former names (${report.cited} citing a document, ${report.fromTables} the code table alone).`);
  console.log(`Names dropped from the code tables since ${SINCE}, once per division: ${report.ended}.`);
  console.log(`Left out, a current division's name or what of one is said (it wins) (${report.current.length}): ${list([...new Set(report.current)])}`);
  console.log(`Left out, a district's name that says where in a city, not which (${report.placeless.length}): ${list(report.placeless)}`);
  console.log(`Left out, researched in content/places.yaml (its entry wins) (${report.researched.length}): ${list(report.researched)}`);
  console.log(`Left out, reaching no division of the site's dataset (${report.unreached.length}): ${list(report.unreached)}`);
  console.log(`Left out, leading to more divisions than the question shows (${MOST_RESULTS}) (${report.crowded.length}): ${list(report.crowded)}`);
  console.log(`Kept, several divisions had the name; each is listed (${report.shared.length}): ${list(report.shared)}`);
  console.log(`Kept, part of the area reaching no division of the site's dataset (${report.partial.length}): ${list(report.partial)}`);
}

function main() {
  const args = (() => {
    try {
      return parseArgs({ allowPositionals: true, options: { commit: { type: 'string', default: 'HEAD' } } });
    } catch (error) {
      fail((error as Error).message);
    }
  })();
  if (args.positionals.length !== 1) fail('give the dataset\'s git directory, once');
  const dir = args.positionals[0]!;
  const { commit, records } = readHistory(dir, args.values.commit);
  const history = codeHistory(records);
  const notes = new Map<number, ChangeNote[]>();
  const notesOf = (year: number) => {
    if (!notes.has(year)) notes.set(year, changeNotes(gitShow(dir, commit, `diff/${year - 1}-${year}.diff`) ?? ''));
    return notes.get(year)!;
  };
  const regions = allRegions();
  const places = allPlaces(regions);
  const current = [...regions.map((r) => ({ ...r, said: spokenName(r.name) })), ...places.map((p) => ({ ...p, said: spokenName(p.name, p.code) }))];
  const researched = loadPlacesFile(root, current);
  const { entries, report } = formerNames(
    {
      history,
      notesOf,
      current,
      researched: [...researched.former.map((f) => ({ name: f.name, to: f.now })), ...researched.zones.flatMap((z) => z.names.map((name) => ({ name, to: z.in })))],
      keysOf: (name, readAs, to) => {
        const forms = searchForms(otherNameRow(name, [...to], '', readAs));
        return [...forms.names, ...forms.pinyin];
      },
      since: SINCE,
      asOf: DATASET_YEAR,
      shown: MOST_RESULTS,
    },
    (name, code) => spokenName(name, code),
  );
  // The tables read: data/1981.txt … in the dataset.
  const years = (gitList(dir, commit, 'data/') ?? []).flatMap((f) => /^data\/(\d{4})\.txt$/.exec(f)?.[1] ?? []).map(Number);
  if (years.length === 0) fail(`${dir} has no code tables (data/YEAR.txt) at ${commit.slice(0, 7)}`);
  const file: FormerNamesFile = {
    dataset: {
      name: 'areacodes: 中华人民共和国县级以上行政区划代码 history',
      url: 'https://github.com/yescallop/areacodes',
      commit,
      licence: 'CC0-1.0',
      sources: '民政部《中华人民共和国县级以上行政区划代码》各年表；国务院关于行政区划调整的批复（《国务院公报》，中国政府网），以及民政部、各省的批复和通知',
      tables: { first: Math.min(...years), last: Math.max(...years) },
      asOf: DATASET_YEAR,
    },
    former: entries,
  };
  const doc = new Document(file);
  // One line a name: the file is read by grep and diffed by review.
  for (const item of (doc.get('former') as YAMLSeq<YAMLMap>).items) item.flow = true;
  const header = HEADER.split('\n').map((l) => `# ${l}`.trimEnd());
  writeFileSync(`${root}${OUT}`, `${header.join('\n')}\n\n${doc.toString({ lineWidth: 0, flowCollectionPadding: true })}`);
  printReport(report, entries.length);
}

main();
