import { rmSync, writeFileSync } from 'node:fs';
import { ALL_JOBS, FINISHED, runJobs } from '../../scripts/test-builds.ts';

/**
 * vitest's global setup for the files that read a build. Under `npm test` (TEST_BUILDS=1) it starts every build
 * they read and returns at once: the files that read none (the domain's, the importer's) run meanwhile, on the core
 * the builds leave idle for most of their last minute, and each file that reads one waits for them
 * (tests/support/builds-finished.ts). A file run on its own (`npx vitest run tests/…`) reads the last builds.
 */
export default function startBuilds(): (() => Promise<void>) | undefined {
  if (!process.env['TEST_BUILDS']) return undefined;
  rmSync(FINISHED, { force: true });
  const finished = runJobs(ALL_JOBS).then((failed) => writeFileSync(FINISHED, JSON.stringify({ failed })));
  // vitest stops only once they have ended: a build cut off half-way would leave its folder half-written.
  return () => finished;
}
