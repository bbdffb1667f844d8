import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const LIB = join(ROOT, 'src/lib');
const entries = readdirSync(LIB, { withFileTypes: true });

describe('src/lib/ by idea', () => {
  it('keeps at most six loose files: every other file is in the folder of its idea', () => {
    const loose = entries.filter((e) => e.isFile()).map((e) => e.name);
    expect(loose.length, loose.join(', ')).toBeLessThanOrEqual(6);
  });

  it('opens each folder with a README.md that says what its idea is', () => {
    const folders = entries.filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.length).toBeGreaterThan(5);
    for (const folder of folders) {
      const text = readFileSync(join(LIB, folder, 'README.md'), 'utf8');
      expect(text.split('\n')[0], folder).toBe(`# ${folder}/`);
      expect(text.trim().split('\n').length, folder).toBeGreaterThan(2);
    }
  });
});
