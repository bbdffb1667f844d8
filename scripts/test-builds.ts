/**
 * The builds the tests read, each made once per `npm test` (started by vitest's
 * global setup, tests/support/builds-started.ts): the site itself
 * into dist/, and every other configuration into .tmp/builds/, run two at a
 * time (one per core) beside `astro check`. Test files take them through
 * tests/support/builds.ts and never build a configuration again; a variant
 * that differs in a file or two (an older or a broken deployment) is copied
 * from one of these and edited (tests/support/deployments.ts).
 *
 *   npm run test:builds              all of them
 *   npm run test:builds subpath …    only those named
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { astroCommand } from './astro-build.ts';
import { writeNationalContent } from './national-content.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
export const buildsDir = `${repoRoot}.tmp/builds/`;

/** A prefecture of each kind, at national scale: a real list (Quanzhou), generated ones in the north, south and west, a municipality. */
export const NATIONAL_SAMPLE = ['350500', '130100', '440100', '650100', '110000'];

/** The origin the hostile-text build is published at, as a real deployment would be. */
export const PUBLISHED_ORIGIN = 'https://12345.example.gov.cn';

/**
 * The regions whose pages the sub-path build writes: one of each kind of region page (its own
 * list, a province's list, an inherited list, no list), where a base path could be forgotten.
 * Every national page is built whole; dist/ (every page) is link-checked at the root.
 */
export const SUBPATH_SAMPLE = ['350500', '350000', '350200', '220000', '440100'];

/** The report address of the sub-path build (FEEDBACK): dist/, like a deployment that names none, has no report link. */
export const FEEDBACK_TO = 'mailto:12345-data@example.gov.cn';

interface Job {
  /** What it is for, in the log. */
  what: string;
  /** astro's arguments, and the environment beyond this process's. */
  args: string[];
  env?: Record<string, string>;
  /** Where its output goes (removed first). */
  outDir?: string;
  before?: () => void;
  /** What it reads beyond what every build reads (src/, content/…: tests/support/builds.ts), so a test can tell when it is out of date. */
  inputs?: string[];
}

export const JOBS = {
  check: { what: 'astro check: types of every file', args: ['check'] },
  site: { what: 'the site, as published (dist/)', args: ['build'], outDir: `${repoRoot}dist/` },
  subpath: {
    what: `the site under a sub-path, BASE_PATH=/12345/, FEEDBACK set; the pages of ${SUBPATH_SAMPLE.join(', ')} only`,
    args: ['build'],
    outDir: `${buildsDir}subpath/12345/`,
    // A deployment that names where citizens' reports go: its pages offer the prefilled report link.
    env: { BASE_PATH: '/12345/', BUILD_REGIONS: SUBPATH_SAMPLE.join(','), FEEDBACK: FEEDBACK_TO },
  },
  'hostile-text': {
    what: 'a list whose text looks like HTML, on a day long after its review, published at an https:// origin',
    args: ['build'],
    outDir: `${buildsDir}hostile-text/`,
    // The fixture's one list; the other regions' pages would only repeat the national ones.
    // Built as for publishing, at an https:// origin: its posters carry no preview mark.
    env: { CONTENT_DIR: 'tests/fixtures/hostile-text/content', BUILD_DATE: '2028-06-01', BUILD_REGIONS: '350500', SITE_ORIGIN: PUBLISHED_ORIGIN, PREVIEW: '' },
    inputs: ['tests/fixtures/hostile-text'],
  },
  national: {
    what: `every prefecture with a generated list; the pages of ${NATIONAL_SAMPLE.join(', ')} only`,
    args: ['build'],
    outDir: `${buildsDir}national/dist/`,
    env: { CONTENT_DIR: `${buildsDir}national/content`, BUILD_REGIONS: NATIONAL_SAMPLE.join(',') },
    before: () => {
      rmSync(`${buildsDir}national/content`, { recursive: true, force: true });
      writeNationalContent(`${buildsDir}national/content`);
    },
    inputs: ['scripts/national-content.ts'],
  },
} satisfies Record<string, Job>;

export type BuildName = Exclude<keyof typeof JOBS, 'check'>;

/** Written when every job of a run has ended (`{ failed: [names] }`): what the tests wait for under `npm test`. */
export const FINISHED = `${buildsDir}finished.json`;

/** The log of a job's run: the tests read the build's warnings from it. */
export const logOf = (name: keyof typeof JOBS) => `${buildsDir}${name}.log`;
/** When a job's last run started (milliseconds since the epoch): a file changed after it is not in its output. */
export const startedOf = (name: keyof typeof JOBS) => `${buildsDir}${name}.started`;

// astro writes .astro/ in the project while it syncs content, through temporary files that two
// syncs at once trip over; so syncs take turns, and each job lets the next start once its types are written.
let syncing: Promise<void> = Promise.resolve();

async function run(name: keyof typeof JOBS): Promise<{ name: string; ok: boolean; seconds: number }> {
  const job: Job = JOBS[name];
  const started = performance.now();
  let synced!: () => void;
  const turn = syncing;
  syncing = new Promise((resolve) => (synced = resolve));
  await turn;
  writeFileSync(startedOf(name), String(Date.now()));
  job.before?.();
  if (job.outDir) rmSync(job.outDir, { recursive: true, force: true });
  const { command, args, env } = astroCommand([...job.args, ...(job.outDir ? ['--outDir', job.outDir] : [])], {
    // Each extra build keeps its own cache, as two builds at once must not share one; the site keeps astro's.
    ...(job.outDir?.startsWith(buildsDir) ? { ASTRO_CACHE_DIR: `${job.outDir.replace(/\/$/, '')}.cache` } : {}),
    ...job.env,
  });
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => {
      output.push(b);
      // astro colours its log even into a pipe ("[types]\x1b[39m Generated"): the words are matched apart.
      if (/\[types\]\S* Generated/.test(b.toString('utf8'))) synced();
    });
    child.stderr.on('data', (b: Buffer) => output.push(b));
    child.on('close', (code) => {
      synced();
      const text = Buffer.concat(output).toString('utf8');
      writeFileSync(logOf(name), text);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) console.error(`\n✗ ${name} (${job.what}) failed:\n${text.slice(-20_000)}`);
      console.log(`${code === 0 ? '✓' : '✗'} ${name}: ${job.what}, ${seconds.toFixed(0)} s`);
      resolve({ name, ok: code === 0, seconds });
    });
  });
}

/** Every job, longest first, so the short ones fill the gaps at the end. */
export const ALL_JOBS: (keyof typeof JOBS)[] = ['site', 'subpath', 'check', 'national', 'hostile-text'];

/** Runs the jobs in the order given, as many at once as there are cores; answers the names of those that failed. */
export async function runJobs(names: (keyof typeof JOBS)[]): Promise<(keyof typeof JOBS)[]> {
  mkdirSync(buildsDir, { recursive: true });
  const queue = [...names];
  const failed: (keyof typeof JOBS)[] = [];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) if (!(await run(name)).ok) failed.push(name);
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), queue.length) }, worker));
  return failed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const asked = process.argv.slice(2) as (keyof typeof JOBS)[];
  const unknown = asked.filter((n) => !(n in JOBS));
  if (unknown.length > 0) {
    console.error(`test-builds: found ${unknown.join(', ')}; expected some of ${Object.keys(JOBS).join(', ')}`);
    process.exit(2);
  }
  const names = asked.length > 0 ? asked : ALL_JOBS;
  if ((await runJobs(names)).length > 0) process.exit(1);
}
