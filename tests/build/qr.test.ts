import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/budgets.ts';
import { distDir, PAGE_PATH, siteOrigin as origin } from '../support/dist.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
const codes = filesUnder(distDir).filter((f) => /(^|\/)qr\.(png|svg)$/.test(f));

/** An image as sharp gives it raw: `channels` bytes a pixel, row after row. */
type Raw = { data: Buffer; info: { width: number; height: number; channels: number } };

/** The SVG drawn at 2 px a unit of its viewBox (a module): sharp renders at `density` dpi, 72 a unit. */
const svgRaster = (file: string): Promise<Raw> => sharp(readFileSync(file), { density: 144 }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
const pngRaster = (file: string): Promise<Raw> => sharp(readFileSync(file)).raw().toBuffer({ resolveWithObject: true });

/** The dark modules of a code drawn `scale` px a module, quiet zone included, as a string of 0 and 1 ('' when the size is not a whole number of modules). */
function modules({ data, info }: Raw, scale: number): string {
  if (info.width !== info.height || info.width % scale !== 0) return '';
  let bits = '';
  for (let y = 0; y < info.height; y += scale) {
    for (let x = 0; x < info.width; x += scale) bits += data[((y + scale / 2) * info.width + x + scale / 2) * info.channels]! < 128 ? '1' : '0';
  }
  return bits;
}

/** The modules of `url`'s code as the site prints it (level M, a quiet zone of 4), in the form modules() reads. */
function expectedModules(url: string): string {
  const { modules: m } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const side = m.size + 8;
  let bits = '';
  for (let y = 0; y < side; y++) for (let x = 0; x < side; x++) bits += y >= 4 && x >= 4 && y < m.size + 4 && x < m.size + 4 && m.get(y - 4, x - 4) ? '1' : '0';
  return bits;
}

/**
 * The text a raster holds as a QR code, read by jsQR; null when it reads none. Dark modules on light,
 * as printed: jsQR need not also try the image inverted (which took half its time over every code).
 */
const decode = ({ data, info }: Raw) =>
  jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height, { inversionAttempts: 'dontInvert' })?.data ?? null;

/** Runs `task` on every item, `width` at a time: sharp works in its own threads while jsQR reads the last image. */
async function eachAtOnce<T>(items: readonly T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: width }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  }));
}

describe('QR codes', () => {
  it('exist for every region page and every answer page, in every language, as SVG and PNG', () => {
    const pages = filesUnder(distDir).filter((f) => PAGE_PATH.test(f));
    const roots = new Set(pages.map((f) => PAGE_PATH.exec(f)![1]));
    expect(roots).toEqual(new Set(LOCALES.map((l) => (l.prefix ? `${l.prefix}/` : ''))));
    expect(codes.length).toBe(pages.length * 2);
  });

  // A fifth of the PNGs (about 4,000, every region in every language) must each draw, 8 px a module, exactly the code of
  // its page's address as qrcode makes it from the address the test reads off the file's path; every 25th page's SVG
  // is rendered and read by jsQR too, and must draw the same modules. Every code is made by the same function from
  // its page's address, so a sample finds what all would; reading all 20,000 PNGs took over 30 s of every run, the
  // longest test beside the link check. That every page has both files is the test above.
  it('each PNG of a sample draws the code of exactly the address of its page; a smaller sample of SVGs decodes to it and draws the same', async () => {
    const pages = codes.filter((f) => f.endsWith('.png')).map((f) => f.replace(/qr\.png$/, ''));
    const wrong: string[] = [];
    // The first of every five pages of each region in each language ("en/350500"; the national pages together).
    const regionOf = (page: string) => /^(.*?\d{6})\//.exec(page)?.[1] ?? '';
    const seen = new Map<string, number>();
    const pngSample = pages.filter((page) => {
      const n = seen.get(regionOf(page)) ?? 0;
      seen.set(regionOf(page), n + 1);
      return n % 5 === 0;
    });
    await eachAtOnce(pngSample, 8, async (page) => {
      const png = await pngRaster(`${distDir}${page}qr.png`);
      const expected = expectedModules(`${origin}/${page}`);
      if (modules(png, 8) !== expected) wrong.push(`${page}qr.png: not the code of ${origin}/${page}`);
    });
    const sample = pages.filter((_, i) => i % 25 === 0);
    await eachAtOnce(sample, 8, async (page) => {
      const svg = await svgRaster(`${distDir}${page}qr.svg`);
      const found = decode(svg);
      if (found !== `${origin}/${page}`) wrong.push(`${page}qr.svg: ${found}`);
      if (modules(svg, 2) !== expectedModules(`${origin}/${page}`)) wrong.push(`${page}qr.svg: not the modules of its address`);
    });
    expect(wrong).toEqual([]);
    expect(sample.length).toBeGreaterThan(100);
    expect(new Set(pngSample.map(regionOf))).toEqual(new Set(pages.map(regionOf)));
    expect(pages.length * 2).toBe(codes.length);
  }, 300_000);

  it('(the comparison itself) tells a PNG of another address from the SVG', async () => {
    const [svg, other] = await Promise.all([svgRaster(`${distDir}350500/12369/qr.svg`), pngRaster(`${distDir}350500/12366/qr.png`)]);
    const same = await pngRaster(`${distDir}350500/12369/qr.png`);
    expect(modules(same, 8)).toBe(modules(svg, 2));
    expect(modules(other, 8)).not.toBe(modules(svg, 2));
    expect(modules(same, 8)).toBe(expectedModules(`${origin}/350500/12369/`));
    expect(modules(other, 8)).not.toBe(expectedModules(`${origin}/350500/12369/`));
    expect(decode(svg)).toBe(`${origin}/350500/12369/`);
  });

  it('are small, low-version codes: the address is short', async () => {
    const { width } = await sharp(readFileSync(`${distDir}350500/12369/qr.png`)).metadata();
    // 8 px a module and a 4-module quiet zone each side: version 3 is 29 modules.
    expect(width! / 8 - 8).toBeLessThanOrEqual(33);
  });
});
