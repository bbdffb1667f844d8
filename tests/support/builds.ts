import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { JOBS, logOf, startedOf, type BuildName } from '../../scripts/test-builds.ts';
import { repoRoot } from './load-fixture.ts';

/** What every build reads: the code, the content, the configuration and the installed packages. */
const INPUTS = ['src', 'content', 'astro.config.mjs', 'package-lock.json', 'scripts/astro-build.ts'];

/** The most recently changed file under `paths` (relative to the repository), with its time. */
function newest(paths: readonly string[]): { file: string; time: number } {
  let found = { file: '', time: 0 };
  const visit = (path: string) => {
    const stat = statSync(`${repoRoot}${path}`, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const entry of readdirSync(`${repoRoot}${path}`)) visit(`${path}/${entry}`);
    else if (stat.mtimeMs > found.time) found = { file: path, time: stat.mtimeMs };
  };
  paths.forEach(visit);
  return found;
}

/**
 * A configuration's build, made once per `npm test` by scripts/test-builds.ts:
 * its output folder and what the build printed. Never builds it again here.
 * @param log false for a build a test only reads files of (dist/, which `npm run build` makes too)
 * @throws {Error} saying how to make it, when it is missing, or older than a file it is made from
 *   (a test file run on its own after a change, or after switching branches)
 */
export function testBuild(name: BuildName, log = true): { dir: string; output: string } {
  const job = JOBS[name];
  const dir = job.outDir;
  const remake = `\`npm test\` makes it, or \`npm run test:builds ${name}\``;
  if (!existsSync(`${dir}index.html`) || (log && !existsSync(logOf(name)))) {
    throw new Error(`the "${name}" build (${job.what}) is missing: ${remake}`);
  }
  // A build made otherwise (npm run build, after test-builds last ran) has no start time of its own:
  // its home page is written in its last minutes.
  const home = statSync(`${dir}index.html`).mtimeMs;
  const ours = existsSync(startedOf(name)) && existsSync(logOf(name)) && statSync(logOf(name)).mtimeMs >= home;
  const started = ours ? Number(readFileSync(startedOf(name), 'utf8')) : home;
  const changed = newest([...INPUTS, ...('inputs' in job ? job.inputs : [])]);
  if (changed.time > started) {
    throw new Error(`the "${name}" build (${job.what}) is older than ${changed.file}, changed since it was made: ${remake}`);
  }
  return { dir, output: log ? readFileSync(logOf(name), 'utf8') : '' };
}
