import sharp from 'sharp';
import { SHARE_IMAGE_SIZE, type ShareImageKind } from '../lib/seo/share-image.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Translate } from '../lib/wording/answer-text.ts';

/**
 * The pictures chat previews and search results show beside a page, drawn at build time: an SVG of two
 * lines in large type on one flat colour, rasterised by sharp (librsvg) with Debian's Noto CJK fonts
 * (fonts-noto-cjk, scripts/system-deps.sh). Flat colours compress to a small palette PNG.
 */

/** White text on each stands at 7:1 or more (WCAG AAA), so a thumbnail stays readable. */
const BACKGROUND: Record<ShareImageKind, string> = {
  cancelled: '#8a1c1c',
  stopped: '#8a1c1c',
  cancelling: '#7a4100',
  works: '#1b5e20',
  reassigned: '#0b3d91',
  site: '#0b3d91',
};

const { width, height } = SHARE_IMAGE_SIZE;
const MARGIN = 80;

/** A line's width in ems, roughly: a Han character or full-width mark is one em, anything else about 0.6. */
function ems(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u.test(ch) ? 1 : 0.6;
  return n;
}

/** The largest size up to `max` at which the line fits between the margins. */
const fitted = (text: string, max: number) => Math.floor(Math.min(max, (width - 2 * MARGIN) / Math.max(ems(text), 1)));

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The picture's SVG: the kind's headline, its second line, and the site's name. */
export function shareImageSvg(kind: ShareImageKind, locale: Locale, tr: Translate): string {
  const font = locale.data === 'hant' ? 'Noto Sans CJK TC' : 'Noto Sans CJK SC';
  const head = tr(`meta.image.${kind}.head`);
  const line = tr(`meta.image.${kind}.line`);
  const headSize = fitted(head, 170);
  const lineSize = fitted(line, 100);
  const text = (y: number, size: number, words: string, weight: number) =>
    `<text x="${MARGIN}" y="${y}" font-family="${font}" font-weight="${weight}" font-size="${size}" fill="#ffffff">${escape(words)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${BACKGROUND[kind]}"/>`,
    text(90 + headSize, headSize, head, 700),
    text(90 + headSize + 50 + lineSize, lineSize, line, 700),
    text(height - 70, 48, tr('site.name'), 400),
    '</svg>',
  ].join('');
}

/** The picture as a PNG of 16 colours (white on one colour, and the edges between). */
export function shareImagePng(kind: ShareImageKind, locale: Locale, tr: Translate): Promise<Buffer> {
  return sharp(Buffer.from(shareImageSvg(kind, locale, tr))).png({ palette: true, colours: 16, compressionLevel: 9 }).toBuffer();
}
