import { spawnSync } from 'node:child_process';
import { repoRoot } from './load-fixture.ts';

/**
 * Runs `astro build` in a child process (the real CLI, on this Node).
 * @param env extra environment, e.g. CONTENT_DIR for a fixture
 */
export function astroBuild(outDir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
