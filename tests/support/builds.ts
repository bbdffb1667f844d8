import { existsSync, readFileSync } from 'node:fs';
import { JOBS, logOf, type BuildName } from '../../scripts/test-builds.ts';

/**
 * A configuration's build, made once per `npm test` by scripts/test-builds.ts:
 * its output folder and what the build printed. Never builds it again here.
 * @throws {Error} saying how to make it, when it is missing (a test file run on its own)
 */
export function testBuild(name: BuildName): { dir: string; output: string } {
  const dir = JOBS[name].outDir;
  if (!existsSync(`${dir}index.html`) || !existsSync(logOf(name))) {
    throw new Error(`the "${name}" build (${JOBS[name].what}) is missing: \`npm test\` makes it, or \`npm run test:builds ${name}\``);
  }
  return { dir, output: readFileSync(logOf(name), 'utf8') };
}
