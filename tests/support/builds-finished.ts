import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { FINISHED, logOf, type JOBS } from '../../scripts/test-builds.ts';

// Before each file that reads a build: under `npm test`, the builds vitest's global setup started
// (tests/support/builds-started.ts) must have ended, and none may have failed.
if (process.env['TEST_BUILDS']) {
  while (!existsSync(FINISHED)) await sleep(250);
  const { failed } = JSON.parse(readFileSync(FINISHED, 'utf8')) as { failed: (keyof typeof JOBS)[] };
  if (failed.length > 0) throw new Error(`npm test: the build of ${failed.join(', ')} failed; the log says why (${failed.map(logOf).join(', ')})`);
}
