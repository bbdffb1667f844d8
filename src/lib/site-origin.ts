/** Where a build says the site is published: in QR codes, posters, the embed code and hreflang alternates. */
export interface SiteOrigin {
  origin: string;
  /** A loopback preview, asked for with PREVIEW=1: its posters say they are not to be put up. */
  preview: boolean;
}

/** The address a preview build gives itself: `astro preview`'s, on this machine only. */
export const PREVIEW_ORIGIN = 'http://127.0.0.1:4321';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The published origin from SITE_ORIGIN, refusing what would print a wrong address on posters and QR
 * codes: no origin at all, an address with a path (BASE_PATH gives that), and anything but https://
 * unless it is a loopback preview asked for explicitly with PREVIEW=1 (npm start and the tests do).
 * @throws {Error} one sentence saying what to set
 * @example siteOrigin({ SITE_ORIGIN: 'https://12345.example.gov.cn' }) // { origin: 'https://12345.example.gov.cn', preview: false }
 * @example siteOrigin({ PREVIEW: '1' }) // { origin: 'http://127.0.0.1:4321', preview: true }
 */
export function siteOrigin(env: Readonly<Record<string, string | undefined>>): SiteOrigin {
  const given = env['SITE_ORIGIN'];
  const preview = env['PREVIEW'] === '1';
  const example = 'SITE_ORIGIN=https://12345.example.gov.cn npm run build';
  if (!given) {
    if (preview) return { origin: PREVIEW_ORIGIN, preview };
    throw new Error(`SITE_ORIGIN is not set: set it to the https:// address the site is published at (${example}), or PREVIEW=1 for a copy to look at on this machine (npm start does)`);
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_ORIGIN: found "${given}"; expected an address such as https://12345.example.gov.cn`);
  }
  if (url.origin !== given.replace(/\/$/, '')) {
    throw new Error(`SITE_ORIGIN: found "${given}"; expected the origin alone, such as ${url.origin} (a sub-path goes in BASE_PATH)`);
  }
  if (url.protocol === 'https:') return { origin: url.origin, preview: false };
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname) && preview) return { origin: url.origin, preview };
  throw new Error(
    `SITE_ORIGIN: found "${given}"; expected an https:// address (the service worker needs HTTPS, and on plain HTTP anyone on the network can change the numbers people are told to dial)${LOOPBACK.has(url.hostname) ? ', or PREVIEW=1 for a preview on this machine' : ''}`,
  );
}
