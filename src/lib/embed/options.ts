/**
 * The widget's options, as a partner page gives them (data-* on the loader's
 * script tag, then the iframe's query string). Everything is checked against a
 * small safe set; anything else falls back to the default, never into the page.
 */

import { DEFAULT_LOCALE, localeByCode, localeRoot, type LocaleCode } from '../../i18n/locales.ts';

/** Accent colours that keep 4.5:1 contrast: [on the light scheme, on the dark scheme]. */
export const ACCENTS = {
  blue: ['#0b57d0', '#8ab4f8'],
  green: ['#146c2e', '#8fd9a4'],
  red: ['#a4161a', '#ffb4ab'],
  purple: ['#6a1b9a', '#e1bee7'],
  teal: ['#00695c', '#80cbc4'],
} as const;
export type Accent = keyof typeof ACCENTS;
export const SCALES = [1, 1.25, 1.5] as const;
export const SCHEMES = ['auto', 'light', 'dark'] as const;

export interface EmbedOptions {
  scheme: (typeof SCHEMES)[number];
  accent: Accent | null;
  scale: (typeof SCALES)[number];
  /** The partner page's origin, the only one the widget talks to. */
  parent: string | null;
  /** The widget's language; it picks the widget's address (/en/embed/…), not a query parameter. */
  lang: LocaleCode;
}

/** The message the widget sends its parent when its height changes. */
export const HEIGHT_MESSAGE = '12345-embed:height';
const MAX_HEIGHT = 10_000;

const oneOf = <T extends string | number>(set: readonly T[], value: unknown, fallback: T): T =>
  set.find((s) => String(s) === value) ?? fallback;

/** An http(s) origin exactly, or null. */
function origin(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Reads and checks the options.
 * @example embedOptions((k) => ({ scheme: 'dark', accent: 'javascript:alert(1)' })[k] ?? null)
 * // { scheme: 'dark', accent: null, scale: 1, parent: null, lang: 'zh-Hans' }
 */
export function embedOptions(get: (name: string) => string | null | undefined): EmbedOptions {
  const accent = get('accent');
  return {
    // data-theme is what partners expect to write; scheme is the same choice.
    scheme: oneOf(SCHEMES, get('scheme') ?? get('theme'), 'auto'),
    // hasOwnProperty, not Object.hasOwn: Chrome before 93 and Safari before 15.4 lack it.
    accent: accent && Object.prototype.hasOwnProperty.call(ACCENTS, accent) ? (accent as Accent) : null,
    scale: oneOf(SCALES, get('scale'), 1),
    parent: origin(get('parent') ?? null),
    lang: (localeByCode(get('lang') ?? undefined) ?? DEFAULT_LOCALE).code,
  };
}

/** The widget's address below the site's base, in the options' language: embed/350500/ or en/embed/350500/. */
export function widgetPath(region: string, options: EmbedOptions): string {
  return `${localeRoot(localeByCode(options.lang) ?? DEFAULT_LOCALE)}embed/${region}/`;
}

/** The iframe's query string for these options (defaults left out). */
export function embedQuery(options: EmbedOptions): string {
  const query = new URLSearchParams();
  if (options.scheme !== 'auto') query.set('scheme', options.scheme);
  if (options.accent) query.set('accent', options.accent);
  if (options.scale !== 1) query.set('scale', String(options.scale));
  if (options.parent) query.set('parent', options.parent);
  return query.toString();
}

/** The height in a widget's message, if the message is one and the height is sane; else null. */
export function heightFrom(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return null;
  return height > 0 && height <= MAX_HEIGHT ? Math.ceil(height) : null;
}

/** A released loader: its address and the hash a partner's browser checks it against (Subresource Integrity). */
export interface Loader {
  src: string;
  integrity: string;
}

/**
 * The tag a partner pastes: the released loader, pinned by its hash (fetched with CORS,
 * which a hash check needs), the region, the iframe's accessible name in the widget's
 * language, and any non-default options as data-*.
 * @example loaderSnippet({ src: 'https://x/embed/v1/embed.js', integrity: 'sha384-…' }, '350500', embedOptions(() => null), '查询')
 * // '<script src="https://x/embed/v1/embed.js" integrity="sha384-…" crossorigin="anonymous" data-region="350500" data-title="查询" async></script>'
 */
export function loaderSnippet(loader: Loader, region: string, options: EmbedOptions, title: string): string {
  const query = new URLSearchParams(embedQuery({ ...options, parent: null }));
  if (options.lang !== DEFAULT_LOCALE.code) query.set('lang', options.lang);
  query.set('title', title.replace(/["<>&]/g, ''));
  const data = [...query].map(([key, value]) => ` data-${key}="${value}"`).join('');
  return `<script src="${loader.src}" integrity="${loader.integrity}" crossorigin="anonymous" data-region="${region}"${data} async></${'script'}>`;
}
