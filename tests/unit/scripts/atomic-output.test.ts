import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { failureSentence, publish } from '../../../scripts/atomic-output.ts';
import { repoRoot } from '../../support/load-fixture.ts';

const work = `${repoRoot}.tmp/atomic-output/`;
/** A folder of files: path → contents. */
const folder = (dir: string, files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(`${dir}${path}`), { recursive: true });
    writeFileSync(`${dir}${path}`, text);
  }
};
const read = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true }).filter((f) => statSync(`${dir}${f}`).isFile()).map((f) => [f, readFileSync(`${dir}${f}`, 'utf8')]));
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('publish', () => {
  it('puts the new build in the place of the old one, whole, and leaves nothing beside it', () => {
    folder(`${work}dist/`, { 'index.html': 'old', 'gone/index.html': 'only in the old build' });
    folder(`${work}fresh/`, { 'index.html': 'new', 'sw.js': 'new worker' });
    publish(`${work}fresh/`, `${work}dist/`);
    expect(read(`${work}dist/`)).toEqual({ 'index.html': 'new', 'sw.js': 'new worker' });
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('makes the output folder when there was none', () => {
    folder(`${work}fresh/`, { 'index.html': 'new' });
    publish(`${work}fresh/`, `${work}site/out`);
    expect(read(`${work}site/out/`)).toEqual({ 'index.html': 'new' });
  });

  it('publishes to another filesystem, where a rename fails (EXDEV), by copying beside the target first', () => {
    const other = `/dev/shm/hotline-atomic-${process.pid}/`;
    if (!existsSync('/dev/shm') || statSync('/dev/shm').dev === statSync(repoRoot).dev) return;
    try {
      folder(`${other}dist/`, { 'index.html': 'old' });
      folder(`${work}fresh/`, { 'index.html': 'new', '350500/index.html': '泉州' });
      publish(`${work}fresh/`, `${other}dist/`);
      expect(read(`${other}dist/`)).toEqual({ 'index.html': 'new', '350500/index.html': '泉州' });
      expect(readdirSync(other)).toEqual(['dist']);
      expect(existsSync(`${work}fresh`)).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('leaves the old output in place when the new one cannot be moved there', () => {
    folder(`${work}dist/`, { 'index.html': 'old' });
    expect(() => publish(`${work}no-such-build/`, `${work}dist/`)).toThrow(/ENOENT/);
    expect(read(`${work}dist/`)).toEqual({ 'index.html': 'old' });
  });
});

describe('failureSentence', () => {
  it.each([
    ["Error: ENOSPC: no space left on device, write\n    at async writeFile (node:internal/fs/promises:1205:3)", 'the disk is full'],
    ["[Error: EACCES: permission denied, open '/var/www/12345/index.html']", 'permission was refused writing a file'],
    ['Error: EROFS: read-only file system, mkdir', 'the disk is read-only'],
    ['FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', 'the computer ran out of memory'],
  ])('says in one sentence what happened: %s', (output, cause) => {
    const sentence = failureSentence(output, 'dist/');
    expect(sentence).toBe(`The build failed: ${cause}. dist/ is unchanged: it still holds the previous build.`);
  });

  it('points at the message above for any other failure, such as a data error', () => {
    expect(failureSentence('content/lists/350500.yaml, row 12: found "1236", expected a number of 5 digits', 'dist/')).toBe(
      'The build failed (the message above says why, for a data error with its file and row). dist/ is unchanged: it still holds the previous build.',
    );
  });
});
