import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The text files a server sends compressed: pages, styles, scripts, data, the feed, the table, icons drawn as SVG. */
export const COMPRESSIBLE = /\.(?:html|css|js|json|svg|xml|webmanifest|csv|txt)$/;

/**
 * gzip at its best level (it is quick); brotli at a middle quality: its highest (11) takes
 * minutes over the full site, for a few per cent less. Measured in the build's log line.
 */
export const LEVELS = { gzip: 9, brotli: 5 };

/** Below this a compressed copy saves less than the headers it costs. */
const SMALLEST = 256;

const gzipped = promisify(gzip);
const brotlied = promisify(brotliCompress);

/**
 * Writes beside every compressible file of `dir` its `.gz` and `.br` copies, when smaller:
 * a server sends them as they are (nginx's gzip_static, deploy/nginx.conf) instead of
 * compressing each request. zlib works on libuv's threads, a few files at a time.
 */
export async function precompress(dir: string): Promise<{ files: number; bytes: number; gz: number; br: number }> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  const total = { files: 0, bytes: 0, gz: 0, br: 0 };
  const next = files[Symbol.iterator]();
  const worker = async () => {
    for (let step = next.next(); !step.done; step = next.next()) {
      const file = step.value;
      const text = await readFile(file);
      if (text.length < SMALLEST) continue;
      const [gz, br] = await Promise.all([
        gzipped(text, { level: LEVELS.gzip }),
        brotlied(text, { params: { [constants.BROTLI_PARAM_QUALITY]: LEVELS.brotli, [constants.BROTLI_PARAM_SIZE_HINT]: text.length } }),
      ]);
      total.files++;
      total.bytes += text.length;
      if (gz.length < text.length) {
        await writeFile(`${file}.gz`, gz);
        total.gz += gz.length;
      }
      if (br.length < text.length) {
        await writeFile(`${file}.br`, br);
        total.br += br.length;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return total;
}
