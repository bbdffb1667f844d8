/**
 * `npm run build`: `astro build` into a fresh folder inside the project (.tmp/), which replaces
 * the output folder (dist/, or `--outDir`) only when the build succeeds (scripts/atomic-output.ts).
 * A failed build leaves the previous output as it was and says in one sentence what happened.
 * Other arguments go to astro as they are.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { failureSentence, publish } from './atomic-output.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const at = args.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
const named = at === -1 ? 'dist/' : args[at]!.includes('=') ? args[at]!.slice('--outDir='.length) : args[at + 1]!;
if (at !== -1) args.splice(at, args[at]!.includes('=') ? 1 : 2);
const target = resolve(named);
const shown = relative(repoRoot, target).startsWith('..') ? target : `${relative(repoRoot, target) || '.'}/`;
const fresh = `${repoRoot}.tmp/build-${process.pid}/`;

/** The last part of what the build printed, where its error is. */
let tail = '';
const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
  to.write(chunk);
  tail = (tail + chunk.toString('utf8')).slice(-20_000);
};

function fail(output: string): never {
  rmSync(fresh, { recursive: true, force: true });
  console.error(`\n${failureSentence(output, shown)}`);
  process.exit(1);
}

try {
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
} catch (error) {
  fail(String(error));
}
const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', fresh, ...args], {
  cwd: repoRoot,
  stdio: ['inherit', 'pipe', 'pipe'],
});
child.stdout.on('data', (chunk: Buffer) => keep(chunk, process.stdout));
child.stderr.on('data', (chunk: Buffer) => keep(chunk, process.stderr));
child.on('close', (code, signal) => {
  if (code !== 0) fail(signal ? `${tail}\n(stopped by ${signal})` : tail);
  try {
    publish(fresh, target);
  } catch (error) {
    fail(String(error));
  }
  console.log(`${shown} now holds the new build.`);
});
