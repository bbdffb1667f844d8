import { readFileSync } from 'node:fs';
import { parseXml, type XmlNode } from './atom.ts';

const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML = 'http://www.w3.org/1999/xhtml';

/** One address of a sitemap as a search engine reads it. */
export interface SitemapUrl {
  loc: string;
  lastmod: string | undefined;
  /** Its hreflang alternates: language → address. */
  links: Record<string, string>;
}

const children = (node: XmlNode, uri: string, local: string) => node.children.filter((c) => c.uri === uri && c.local === local);
const text = (node: XmlNode, local: string) => children(node, SITEMAP, local)[0]?.text.trim();

/**
 * Reads a build's sitemap index and every sitemap it names, with saxes (strict XML: anything not well-formed throws),
 * each file found in `dir` by its address below `root` (the published origin and base path).
 */
export function readSitemaps(dir: string, root: string): { index: { loc: string; lastmod: string | undefined }[]; sitemaps: Map<string, SitemapUrl[]>; bytes: Map<string, number> } {
  const file = (url: string) => {
    if (!url.startsWith(root)) throw new Error(`${url} is not under ${root}`);
    return readFileSync(`${dir}${url.slice(root.length)}`, 'utf8');
  };
  const indexXml = parseXml(file(`${root}sitemap.xml`));
  if (indexXml.uri !== SITEMAP || indexXml.local !== 'sitemapindex') throw new Error(`sitemap.xml: found <${indexXml.local}> in ${indexXml.uri}; expected a sitemapindex`);
  const index = children(indexXml, SITEMAP, 'sitemap').map((s) => ({ loc: text(s, 'loc')!, lastmod: text(s, 'lastmod') }));
  const sitemaps = new Map<string, SitemapUrl[]>();
  const bytes = new Map<string, number>();
  for (const { loc } of index) {
    const xml = file(loc);
    bytes.set(loc, Buffer.byteLength(xml));
    const urlset = parseXml(xml);
    if (urlset.uri !== SITEMAP || urlset.local !== 'urlset') throw new Error(`${loc}: found <${urlset.local}>; expected a urlset`);
    sitemaps.set(
      loc,
      children(urlset, SITEMAP, 'url').map((u) => ({
        loc: text(u, 'loc')!,
        lastmod: text(u, 'lastmod'),
        links: Object.fromEntries(children(u, XHTML, 'link').map((l) => [l.attributes['hreflang']!, l.attributes['href']!])),
      })),
    );
  }
  return { index, sitemaps, bytes };
}
