import { existsSync, readFileSync } from 'node:fs';
import { repoRoot } from './load-fixture.ts';

export const distDir = `${repoRoot}dist/`;

/** Reads a JSON file of the built site; fails clearly when the build has not run. */
export function readDistJson<T = unknown>(path: string): T {
  const file = distDir + path;
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm test\` (it builds first) or \`npm run build\``);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
