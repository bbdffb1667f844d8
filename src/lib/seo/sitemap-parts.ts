/**
 * The sitemaps protocol's limits: a sitemap holds at most 50,000 addresses and 50 MB (52,428,800 bytes)
 * uncompressed; past that a search engine ignores the file. One sitemap per language, split further
 * into parts where a language would pass either limit.
 */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 52_428_800 } as const;

/** Room kept for the XML declaration and the <urlset> element around the entries. */
const ENVELOPE = 1024;

/**
 * Splits entries, in order, into parts within the limits.
 * @param bytes the size of one entry as written in the sitemap (UTF-8)
 * @throws {Error} for an entry that alone would pass the byte limit (no part could hold it)
 * @example sitemapParts(['a', 'b', 'c'], () => 10, { urls: 2, bytes: 2000 }) // [['a', 'b'], ['c']]
 */
export function sitemapParts<T>(entries: readonly T[], bytes: (entry: T) => number, limits: { urls: number; bytes: number } = SITEMAP_LIMITS): T[][] {
  const parts: T[][] = [];
  let part: T[] = [];
  let size = ENVELOPE;
  for (const entry of entries) {
    const n = bytes(entry);
    if (ENVELOPE + n > limits.bytes) throw new Error(`a sitemap entry of ${n} bytes cannot fit a sitemap of ${limits.bytes} bytes`);
    if (part.length === limits.urls || size + n > limits.bytes) {
      parts.push(part);
      part = [];
      size = ENVELOPE;
    }
    part.push(entry);
    size += n;
  }
  if (part.length > 0 || parts.length === 0) parts.push(part);
  return parts;
}

/**
 * A sitemap's file name: its language and its part, at the site's root (a sitemap may list only
 * addresses under its own folder, so none lives in a folder of its own).
 * @example sitemapName('zh-Hans', 0) // 'sitemap-zh-hans-1.xml'
 */
export const sitemapName = (locale: string, part: number) => `sitemap-${locale.toLowerCase()}-${part + 1}.xml`;
