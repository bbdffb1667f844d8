import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompress } from '../../../src/build/precompress.ts';
import { repoRoot } from '../../support/load-fixture.ts';

const dir = `${repoRoot}.tmp/precompress/`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompress', () => {
  it('writes a .gz and a .br beside each text file, the same bytes once decompressed, and leaves the rest alone', async () => {
    rmSync(dir, { recursive: true, force: true });
    const page = `<!doctype html><html lang="zh-Hans"><title>泉州市</title>${'<p>已停用，请拨打 12345</p>'.repeat(200)}`;
    const files: Record<string, string | Buffer> = {
      '350500/12369/index.html': page,
      'api/v1/lines.csv': 'region,number\n'.repeat(100),
      'changes/feed.xml': `<feed>${'<entry/>'.repeat(100)}</feed>`,
      'search/350500.json': JSON.stringify({ entries: Array.from({ length: 50 }, (_, i) => ({ number: `123${i}` })) }),
      '_astro/a.css': '.verdict{font-weight:bold}\n'.repeat(40),
      'tiny.js': 'x()',
      '350500/qr.png': Buffer.alloc(4000, 7),
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(`${dir}${file.replace(/[^/]+$/, '')}`, { recursive: true });
      writeFileSync(`${dir}${file}`, text);
    }
    const total = await precompress(dir);
    expect(total.files).toBe(5);
    for (const file of Object.keys(files).filter((f) => /\.(html|csv|xml|json|css)$/.test(f))) {
      const original = readFileSync(`${dir}${file}`);
      expect(gunzipSync(readFileSync(`${dir}${file}.gz`)).equals(original), file).toBe(true);
      expect(brotliDecompressSync(readFileSync(`${dir}${file}.br`)).equals(original), file).toBe(true);
      expect(readFileSync(`${dir}${file}.br`).length, file).toBeLessThan(original.length / 2);
    }
    // A file too small to gain, and one that is not text, have no copies.
    const all = readdirSync(dir, { recursive: true }).map(String);
    expect(all.filter((f) => /tiny\.js\.|qr\.png\./.test(f))).toEqual([]);
  });
});
