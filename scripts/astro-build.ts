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
  const { command, args, env: environment } = astroCommand(['build', '--outDir', outDir], { ASTRO_CACHE_DIR: `${outDir.replace(/\/$/, '')}.cache`, ...env });
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    env: environment,
    encoding: 'utf8',
    timeout: 900_000,
    // A national-scale build logs a line per page: well over the default 1 MB.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.error?.message ?? ''}\n${result.stdout}\n${result.stderr}` };
}

/**
 * The astro CLI with these arguments, on this Node, in an environment free of Vitest's variables.
 * A loopback preview unless `env` says otherwise (PREVIEW: '' and a SITE_ORIGIN): tests and the benchmark publish nothing.
 */
export function astroCommand(args: string[], env: Record<string, string> = {}) {
  return { command: process.execPath, args: ['node_modules/astro/bin/astro.mjs', ...args], env: { ...buildEnvironment(), PREVIEW: '1', ...env } };
}

/**
 * This process's environment without what Vitest adds to it: BASE_URL, MODE,
 * NODE_ENV=test and the like would leak into the build's import.meta.env.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const vitest = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitest.has(key) && !key.startsWith('VITEST')));
}
