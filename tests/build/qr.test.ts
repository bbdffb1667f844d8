import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/budgets.ts';
import { distDir, PAGE_PATH, siteOrigin as origin } from '../support/dist.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
const codes = filesUnder(distDir).filter((f) => /(^|\/)qr\.(png|svg)$/.test(f));

async function decode(file: string): Promise<string | null> {
  const image = file.endsWith('.svg') ? sharp(readFileSync(file), { density: 150 }) : sharp(readFileSync(file));
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}

describe('QR codes', () => {
  it('exist for every region page and every answer page, in every language, as SVG and PNG', () => {
    const pages = filesUnder(distDir).filter((f) => PAGE_PATH.test(f));
    const roots = new Set(pages.map((f) => PAGE_PATH.exec(f)![1]));
    expect(roots).toEqual(new Set(LOCALES.map((l) => (l.prefix ? `${l.prefix}/` : ''))));
    expect(codes.length).toBe(pages.length * 2);
  });

  it('each decodes to exactly the address of its page', async () => {
    const wrong: string[] = [];
    for (const file of codes) {
      const expected = `${origin}/${file.replace(/qr\.(png|svg)$/, '')}`;
      const found = await decode(distDir + file);
      if (found !== expected) wrong.push(`${file}: ${found}`);
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('are small, low-version codes: the address is short', async () => {
    const { width } = await sharp(readFileSync(`${distDir}350500/12369/qr.png`)).metadata();
    // 8 px a module and a 4-module quiet zone each side: version 3 is 29 modules.
    expect(width! / 8 - 8).toBeLessThanOrEqual(33);
  });
});
