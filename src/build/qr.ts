import QRCode from 'qrcode';
import { render as svgTag } from 'qrcode/lib/renderer/svg-tag.js';
import sharp from 'sharp';

// M survives the wear of a printed poster; a quiet zone of 4 modules is what scanners expect.
const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/**
 * The code for an address, made once: each page's address is drawn three times (its qr.svg, its
 * qr.png and its poster), and choosing the segments and mask took a tenth of the site's build (a
 * profile, 2026-12-07). A few kilobytes each, for the build's ~10,000 pages with a code.
 */
const codes = new Map<string, QRCode.QRCode>();
function qrCode(url: string): QRCode.QRCode {
  let code = codes.get(url);
  if (!code) codes.set(url, (code = QRCode.create(url, { errorCorrectionLevel: OPTIONS.errorCorrectionLevel })));
  return code;
}

/** The page's QR code as SVG, for print, as qrcode's own SVG writer draws it. Build time only. */
export async function qrSvg(url: string): Promise<string> {
  return svgTag(qrCode(url), { margin: OPTIONS.margin });
}

/**
 * The page's QR code as PNG, for sharing: 8 pixels a module. Drawn from the
 * modules and encoded by sharp, about four times faster than qrcode's own PNG
 * writer, which matters with one code for every answer page.
 */
export function qrPng(url: string): Promise<Buffer> {
  const { modules } = qrCode(url);
  const scale = 8;
  const side = (modules.size + 2 * OPTIONS.margin) * scale;
  const pixels = Buffer.alloc(side * side, 255);
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy++) {
        const row = ((y + OPTIONS.margin) * scale + dy) * side;
        pixels.fill(0, row + (x + OPTIONS.margin) * scale, row + (x + OPTIONS.margin + 1) * scale);
      }
    }
  }
  return sharp(pixels, { raw: { width: side, height: side, channels: 1 } }).png().toBuffer();
}

/** The absolute address of a page of the site (its href, base path included), as printed in its QR code. */
export function pageUrl(site: URL | undefined, href: string): string {
  if (!site) throw new Error('set `site` in astro.config.mjs (SITE_ORIGIN): QR codes need the absolute address');
  return new URL(href, site).href;
}

/** A QR code file response: qr.svg or qr.png. */
export async function qrResponse(url: string, format: string | undefined): Promise<Response> {
  if (format === 'svg') return new Response(await qrSvg(url), { headers: { 'Content-Type': 'image/svg+xml' } });
  return new Response(new Uint8Array(await qrPng(url)), { headers: { 'Content-Type': 'image/png' } });
}

export const QR_FORMATS = ['svg', 'png'] as const;
