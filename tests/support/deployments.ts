import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';

/**
 * Another deployment of a built site, made without copying it: each entry of
 * `from` is a symbolic link in `to`, which nginx follows. An edit makes real
 * only the folders on its way, so a few hundred links stand for the ~50,000
 * files and folders of dist/ (a hard-linked copy, and deleting the last one,
 * took a minute on a busy disk).
 */
export function copyDeployment(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  linkEntries(from, to);
}

/** Links every entry of the folder `from` into the folder `to`. */
function linkEntries(from: string, to: string): void {
  for (const entry of readdirSync(from)) symlinkSync(`${from.replace(/\/$/, '')}/${entry}`, `${to.replace(/\/$/, '')}/${entry}`);
}

/** Makes the folders on the way to `file` in a deployment real, each linking to its original's entries, so the file can be replaced alone. */
function ownFolders(dir: string, file: string): void {
  let at = dir.replace(/\/$/, '');
  for (const folder of file.split('/').slice(0, -1)) {
    at = `${at}/${folder}`;
    if (!lstatSync(at).isSymbolicLink()) continue;
    const original = readlinkSync(at);
    rmSync(at);
    mkdirSync(at);
    linkEntries(original, at);
  }
}

/**
 * Changes a precached file of a copied deployment the way a build with other
 * data would: new contents, and in sw.js the new revision (the MD5 workbox gives it),
 * so the service worker sees a new version of the site.
 * @param edit the new contents from the old; null deletes the file but keeps it listed (a broken deployment)
 */
export function editPrecached(dir: string, file: string, edit: (text: string) => string | null): void {
  const next = edit(readFileSync(`${dir}${file}`, 'utf8'));
  putFile(dir, file, next);
  const revision = createHash('md5').update(next ?? 'missing').digest('hex');
  const sw = readFileSync(`${dir}sw.js`, 'utf8');
  const listed = new RegExp(`"revision":"\\w+","url":"${file.replace(/[.]/g, '\\.')}"`);
  if (!listed.test(sw)) throw new Error(`${file} is not in ${dir}sw.js's precache`);
  putFile(dir, 'sw.js', sw.replace(listed, `"revision":"${revision}","url":"${file}"`));
}

/** Changes a page of a copied deployment (pages are not precached: the service worker saves them as visited). */
export function editPage(dir: string, file: string, edit: (text: string) => string): void {
  const before = readFileSync(`${dir}${file}`, 'utf8');
  const next = edit(before);
  if (next === before) throw new Error(`the edit changed nothing in ${dir}${file}`);
  putFile(dir, file, next);
}

/**
 * A file of a copied deployment in place of its link, or a new one (in a folder it already has); with null,
 * none (a file or folder missing, as in a deployment copied in part). The build it stands on keeps its own.
 */
export function putFile(dir: string, file: string, text: string | null): void {
  ownFolders(dir, file);
  // The build's compressed copies of the old file go too: nginx would send them instead (gzip_static).
  for (const copy of ['', '.gz', '.br']) rmSync(`${dir}${file}${copy}`, { recursive: true, force: true });
  if (text !== null) writeFileSync(`${dir}${file}`, text);
}
