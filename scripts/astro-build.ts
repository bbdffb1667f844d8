import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

/**
 * Runs `astro build` in a child process (the real CLI, on this Node): for the
 * tests' extra builds and the benchmark. Each build keeps its own cache beside
 * its output unless ASTRO_CACHE_DIR is given.
 * @param env extra environment, e.g. CONTENT_DIR for a fixture
 */
export function astroBuild(outDir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: repoRoot,
    env: { ...buildEnvironment(), ASTRO_CACHE_DIR: `${outDir.replace(/\/$/, '')}.cache`, ...env },
    encoding: 'utf8',
    timeout: 900_000,
    // A national-scale build logs a line per page: well over the default 1 MB.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.error?.message ?? ''}\n${result.stdout}\n${result.stderr}` };
}

/**
 * This process's environment without what Vitest adds to it: BASE_URL, MODE,
 * NODE_ENV=test and the like would leak into the build's import.meta.env.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const vitest = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitest.has(key) && !key.startsWith('VITEST')));
}
