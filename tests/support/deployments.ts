import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Another deployment of a built site, made by copying it rather than building
 * again: files are hard links (instant, no space), so an edit must replace a
 * file, never write into it, or the original build would change too.
 */
export function copyDeployment(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dirname(to.replace(/\/$/, '')), { recursive: true });
  const copy = spawnSync('cp', ['-al', from.replace(/\/$/, ''), to.replace(/\/$/, '')], { encoding: 'utf8' });
  if (copy.status !== 0) throw new Error(`cp -al ${from} ${to}: ${copy.stderr}`);
}

/**
 * Changes a precached file of a copied deployment the way a build with other
 * data would: new contents, and in sw.js the new revision (the MD5 workbox gives it),
 * so the service worker sees a new version of the site.
 * @param edit the new contents from the old; null deletes the file but keeps it listed (a broken deployment)
 */
export function editPrecached(dir: string, file: string, edit: (text: string) => string | null): void {
  const path = `${dir}${file}`;
  const next = edit(readFileSync(path, 'utf8'));
  if (next === null) rmSync(path);
  else replaceFile(path, next);
  const revision = createHash('md5').update(next ?? 'missing').digest('hex');
  const sw = readFileSync(`${dir}sw.js`, 'utf8');
  const listed = new RegExp(`"revision":"\\w+","url":"${file.replace(/[.]/g, '\\.')}"`);
  if (!listed.test(sw)) throw new Error(`${file} is not in ${dir}sw.js's precache`);
  replaceFile(`${dir}sw.js`, sw.replace(listed, `"revision":"${revision}","url":"${file}"`));
}

/** Changes a page of a copied deployment (pages are not precached: the service worker saves them as visited). */
export function editPage(dir: string, file: string, edit: (text: string) => string): void {
  const path = `${dir}${file}`;
  const before = readFileSync(path, 'utf8');
  const next = edit(before);
  if (next === before) throw new Error(`the edit changed nothing in ${path}`);
  replaceFile(path, next);
}

/** A new file in place of a hard link, so the build it was copied from keeps its own. */
function replaceFile(path: string, text: string): void {
  rmSync(path);
  writeFileSync(path, text);
}
