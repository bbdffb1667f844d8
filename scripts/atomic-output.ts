/**
 * A build's output replaces the previous one whole, or not at all: astro empties its output folder
 * first, so a build that fails late (a full disk, a data error) would leave a site without its home
 * page or sw.js. scripts/build.ts builds into a fresh folder and calls these.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Puts the folder `fresh` in the place of `target`. Beside the target first (a rename; a copy when
 * the target is on another filesystem, where a rename fails with EXDEV), then two renames: the old
 * output aside, the new one in. If the second fails, the old output goes back.
 */
export function publish(fresh: string, target: string): void {
  const to = target.replace(/\/+$/, '');
  const staging = `${to}.new-${process.pid}`;
  const old = `${to}.old-${process.pid}`;
  mkdirSync(dirname(to), { recursive: true });
  rmSync(staging, { recursive: true, force: true });
  try {
    renameSync(fresh, staging);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    try {
      cpSync(fresh, staging, { recursive: true, verbatimSymlinks: true });
    } catch (copying) {
      rmSync(staging, { recursive: true, force: true });
      throw copying;
    }
    rmSync(fresh, { recursive: true, force: true });
  }
  const had = existsSync(to);
  if (had) renameSync(to, old);
  try {
    renameSync(staging, to);
  } catch (error) {
    if (had) renameSync(old, to);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (had) rmSync(old, { recursive: true, force: true });
}

/** What the system said, as a citizen of the command line reads it: errno codes a build meets, in words. */
const CAUSES: [RegExp, string][] = [
  [/\bENOSPC\b|no space left on device/i, 'the disk is full'],
  [/\bEDQUOT\b|quota exceeded/i, 'the disk quota is used up'],
  [/\bEACCES\b|\bEPERM\b|permission denied|operation not permitted/i, 'permission was refused writing a file'],
  [/\bEROFS\b|read-only file system/i, 'the disk is read-only'],
  [/\bENOMEM\b|heap out of memory|allocation failed/i, 'the computer ran out of memory'],
];

/**
 * One sentence on a failed build, for the end of its log: what happened, and that the output
 * folder still holds the previous build.
 * @param output what the build (or the step that failed) printed
 * @param target the output folder, as the person building named it
 * @example failureSentence('Error: ENOSPC: no space left on device, write', 'dist/') // 'The build failed: the disk is full. dist/ is unchanged: it still holds the previous build.'
 */
export function failureSentence(output: string, target: string): string {
  const cause = CAUSES.find(([pattern]) => pattern.test(output))?.[1];
  const unchanged = `${target} is unchanged: it still holds the previous build.`;
  return cause ? `The build failed: ${cause}. ${unchanged}` : `The build failed (the message above says why, for a data error with its file and row). ${unchanged}`;
}
