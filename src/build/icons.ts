import sharp from 'sharp';

/** The app icons installers expect: name → size in pixels, and whether it is maskable. */
export const ICONS = {
  'icon-192': { size: 192, maskable: false },
  'icon-512': { size: 512, maskable: false },
  'maskable-512': { size: 512, maskable: true },
  'apple-touch-icon': { size: 180, maskable: false },
} as const;
export type IconName = keyof typeof ICONS;

// A telephone handset (Material Icons "call", Apache-2.0) on the site's accent blue.
const HANDSET =
  'M6.62 10.79c1.44 2.83 3.76 5.14 6.59 6.59l2.2-2.2c.27-.27.67-.36 1.02-.24 1.12.37 2.33.57 3.57.57.55 0 1 .45 1 1V20c0 .55-.45 1-1 1-9.39 0-17-7.61-17-17 0-.55.45-1 1-1h3.5c.55 0 1 .45 1 1 0 1.25.2 2.45.57 3.57.11.35.03.74-.25 1.02l-2.2 2.2z';
export const THEME_COLOUR = '#0b57d0';

/**
 * The icon as SVG. A maskable icon fills its square and keeps the handset
 * inside the central safe zone, since launchers cut it to any shape.
 */
export function iconSvg(maskable: boolean): string {
  const scale = maskable ? 0.55 : 0.7;
  const offset = (24 - 24 * scale) / 2;
  const corner = maskable ? 0 : 5;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="${corner}" fill="${THEME_COLOUR}"/><path fill="#fff" transform="translate(${offset} ${offset}) scale(${scale})" d="${HANDSET}"/></svg>`;
}

/** One icon as PNG, rendered from the SVG at build time. */
export function iconPng(name: IconName): Promise<Buffer> {
  const { size, maskable } = ICONS[name];
  return sharp(Buffer.from(iconSvg(maskable)), { density: (72 * size) / 24 })
    .resize(size, size)
    .png()
    .toBuffer();
}
