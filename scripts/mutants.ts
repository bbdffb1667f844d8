/**
 * Breaks the code one line at a time, in a scratch copy of the repository, and
 * runs the test that guards what that line does: a test that still passes with
 * its promise broken guards nothing (docs/testing.md, "How we know a test can fail").
 * Run by hand, never in `npm test`: each mutant makes the builds its test reads.
 *
 *   npm run mutants                 every mutant
 *   npm run mutants -- quotes …     only those named
 *
 * Tests use fixed ports on 127.0.0.1: on a machine others share, run it in a
 * network namespace of its own (`unshare --net`, loopback up).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BuildName } from './test-builds.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

interface Mutant {
  /** The promise the line keeps, as the report names it. */
  promise: string;
  file: string;
  /** The text to break, found exactly once in the file, and what it becomes. */
  from: string;
  to: string;
  /** The test builds to make with the line broken (scripts/test-builds.ts). */
  builds: BuildName[];
  /** The test file that must fail, and the tests in it to run (vitest -t). */
  test: string;
  only?: string;
}

const MUTANTS: Record<string, Mutant> = {
  'base-path': {
    promise: 'every link keeps the base path: the footer’s link to /changes/ under /12345/',
    file: 'src/layouts/Page.astro',
    from: "<a href={l.href('changes/')}>",
    to: "<a href={l.href('changes/').replace(import.meta.env.BASE_URL, '/')}>",
    builds: ['subpath'],
    test: 'tests/hosting/pwa.browser.test.ts',
    only: 'sub-path',
  },
  'link-check': {
    promise: 'the link check counts a same-origin link outside the base path as broken',
    file: 'tests/support/links.ts',
    from: 'const outsideBase = (link: string) => link.startsWith(`${origin}/`) && !link.startsWith(site);',
    to: 'const outsideBase = (link: string) => link.startsWith(`${origin}/`) && !link.startsWith(origin);',
    builds: [],
    test: 'tests/hosting/links.test.ts',
  },
  quotes: {
    promise: 'an exception’s text is checked as the document’s words',
    file: 'src/lib/content/quotes.ts',
    from: "    line.exceptions.forEach((e, j) => add(at('exceptions', j, 'text'), e.text, row));\n",
    to: '',
    builds: [],
    test: 'tests/unit/content/quotes.test.ts',
  },
  'data-dates': {
    promise: 'footers, posters and widgets give the day national changes were reviewed, never the build day',
    file: 'src/components/DataDates.astro',
    from: 'reviewed: formatDate(site.review.reviewed, tr)',
    to: 'reviewed: formatDate(site.buildDate, tr)',
    builds: ['hostile-text'],
    test: 'tests/build/escaping.test.ts',
  },
  'answer-pages': {
    promise: 'a region has a page for every number its list names, its own lines too, at national scale',
    file: 'src/lib/published/answer-pages.ts',
    from: 'for (const number of new Set([...national, ...listed]))',
    to: 'for (const number of new Set(national))',
    builds: ['national'],
    test: 'tests/build/national-scale.test.ts',
  },
};

/** The repository's files as they are now (tracked or new, not ignored), copied to `to`, which shares node_modules. */
function scratchCopy(to: string): void {
  rmSync(to, { recursive: true, force: true });
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter((f) => f && existsSync(`${repoRoot}${f}`))) {
    mkdirSync(dirname(`${to}${file}`), { recursive: true });
    cpSync(`${repoRoot}${file}`, `${to}${file}`);
  }
  symlinkSync(`${repoRoot}node_modules`, `${to}node_modules`);
}

/** Runs a command in the scratch copy; its output goes to a log there. */
function run(scratch: string, args: string[], log: string): number {
  // The scratch's own astro cache: the repository's, in the shared node_modules, stays untouched.
  const result = spawnSync(process.execPath, args, { cwd: scratch, env: { ...process.env, ASTRO_CACHE_DIR: `${scratch}.astro-cache` }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  writeFileSync(`${scratch}${log}`, `${result.stdout}\n${result.stderr}`);
  return result.status ?? 1;
}

/** The first line of each failure vitest reported, from its JSON report. */
function failures(report: string): string[] {
  if (!existsSync(report)) return [];
  const { testResults } = JSON.parse(readFileSync(report, 'utf8')) as { testResults: { message?: string; assertionResults: { fullName: string; failureMessages: string[] }[] }[] };
  return testResults.flatMap((file) => [
    ...(file.message ? [file.message.split('\n')[0]!] : []),
    ...file.assertionResults.filter((a) => a.failureMessages.length > 0).map((a) => `${a.fullName}: ${a.failureMessages[0]!.split('\n')[0]}`),
  ]);
}

/** Applies one mutant in the scratch copy, runs its test, and puts the line back. */
function tryMutant(scratch: string, id: string, m: Mutant): { result: 'caught' | 'MISSED' | 'NO BUILD'; line: number; says: string[] } {
  const path = `${scratch}${m.file}`;
  const original = readFileSync(path, 'utf8');
  const at = original.indexOf(m.from);
  if (at === -1 || original.indexOf(m.from, at + 1) !== -1) {
    throw new Error(`mutant "${id}": ${m.file} has ${at === -1 ? 'no' : 'more than one'} "${m.from.trim()}"; update scripts/mutants.ts to the code as it is now`);
  }
  const line = original.slice(0, at).split('\n').length;
  writeFileSync(path, original.slice(0, at) + m.to + original.slice(at + m.from.length));
  try {
    if (m.builds.length > 0 && run(scratch, ['scripts/test-builds.ts', ...m.builds], `${id}.builds.log`) !== 0) {
      return { result: 'NO BUILD', line, says: [`the build failed with the line broken: ${scratch}${id}.builds.log`] };
    }
    const report = `${scratch}${id}.json`;
    rmSync(report, { force: true });
    const vitest = ['node_modules/vitest/vitest.mjs', 'run', m.test, ...(m.only ? ['-t', m.only] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
    const status = run(scratch, vitest, `${id}.test.log`);
    const says = failures(report);
    // A test that cannot start for want of a build has caught nothing: the mutant must list that build.
    if (says.some((s) => /build \(.*\) is (missing|older)/.test(s))) return { result: 'NO BUILD', line, says };
    return { result: status !== 0 ? 'caught' : 'MISSED', line, says };
  } finally {
    writeFileSync(path, original);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { positionals } = parseArgs({ allowPositionals: true });
  const unknown = positionals.filter((p) => !(p in MUTANTS));
  if (unknown.length > 0) {
    console.error(`mutants: found ${unknown.join(', ')}; expected some of ${Object.keys(MUTANTS).join(', ')}`);
    process.exit(2);
  }
  const scratch = `${tmpdir()}/12345-mutants/`;
  console.log(`Scratch copy of the repository: ${scratch}`);
  scratchCopy(scratch);
  let missed = 0;
  for (const id of positionals.length > 0 ? positionals : Object.keys(MUTANTS)) {
    const m = MUTANTS[id]!;
    const started = performance.now();
    let tried: ReturnType<typeof tryMutant>;
    try {
      tried = tryMutant(scratch, id, m);
    } catch (error) {
      console.error(`mutants: ${(error as Error).message}`);
      process.exit(2);
    }
    const { result, line, says } = tried;
    if (result !== 'caught') missed++;
    console.log(`\n${result.padEnd(8)} ${id}: ${m.promise}`);
    console.log(`         broke ${m.file}:${line}; ran ${m.test}${m.only ? ` -t "${m.only}"` : ''} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    for (const s of says.slice(0, 3)) console.log(`         ${s}`);
  }
  console.log(missed === 0 ? '\nEvery mutant was caught.' : `\n${missed} mutant(s) not caught: a test passes with its promise broken, or the mutant no longer builds.`);
  process.exit(missed === 0 ? 0 : 1);
}
