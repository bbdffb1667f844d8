/**
 * What search engines and chat previews fetch (issue 36), measured on a built site: the sitemaps (addresses,
 * bytes, gzip) and the share pictures. For a build of a few regions (BUILD_REGIONS, as the national test build
 * is), the addresses the whole site would list are worked out from its content, and the sitemaps' size from
 * the bytes an address takes in the build: the protocol's limits (50,000 addresses, 50 MB a file) are judged
 * on that.
 *
 *   npx node scripts/search-engine-sizes.ts .tmp/builds/national/dist .tmp/builds/national/content
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder, gzipped } from './budgets.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { allRegions } from '../src/lib/places/regions.ts';
import { resolveList } from '../src/lib/engine/resolve.ts';
import { changesFor } from '../src/lib/engine/changes.ts';
import { answerNumbers } from '../src/lib/published/answer-pages.ts';
import { SITEMAP_LIMITS } from '../src/lib/seo/sitemap-parts.ts';
import { parse } from 'yaml';
import { safety } from '../src/lib/schema/safety.ts';

export interface SearchEngineSizes {
  /** Per sitemap file: addresses, bytes, gzip bytes. */
  sitemaps: { file: string; urls: number; bytes: number; gzip: number }[];
  /** The share pictures: how many, and their bytes in all. */
  images: { files: number; bytes: number; largest: number };
  /** The addresses one language's sitemap has for the whole site (every region), from the content. */
  wholeSiteUrls: number;
}

/** The pages worth finding of the whole site in one language, as src/data/sitemap.ts lists them: counted from the content. */
function wholeSiteUrls(content: string): number {
  const regions = allRegions();
  const codes = new Set(regions.map((r) => r.code));
  const data = loadContent(content, (code) => codes.has(code));
  const lists = new Map(data.lists.map((l) => [l.region, l]));
  const national = data.catalogue.filter((h) => h.scope === 'national').map((h) => h.number);
  const answers = answerNumbers(regions, (code) => resolveList(regions.find((r) => r.code === code)!, lists), national, (r) => changesFor(data.changes, r).flatMap((c) => c.numbers));
  // The home page, /changes/, /embed/; every region; every answer; every /n/ page (the catalogue's numbers, and the emergency numbers); every document.
  const emergency = safety.parse(parse(readFileSync(join(content, 'safety.yaml'), 'utf8'))).emergency.numbers.length;
  return 3 + regions.length + answers.length + data.catalogue.length + emergency + data.lists.length;
}

export function searchEngineSizes(dist: string, content: string): SearchEngineSizes {
  const files = filesUnder(dist);
  const sitemaps = files
    .filter((f) => /^sitemap-.+\.xml$/.test(f))
    .map((file) => {
      const xml = readFileSync(join(dist, file), 'utf8');
      return { file, urls: xml.split('<url>').length - 1, bytes: Buffer.byteLength(xml), gzip: gzipped(join(dist, file)) };
    });
  const pictures = files.filter((f) => /(^|\/)share\/[a-z]+\.png$/.test(f)).map((f) => readFileSync(join(dist, f)).length);
  return { sitemaps, images: { files: pictures.length, bytes: pictures.reduce((a, b) => a + b, 0), largest: Math.max(...pictures) }, wholeSiteUrls: wholeSiteUrls(content) };
}

/** The figures as Markdown lines for BENCHMARKS.md. */
export function searchEngineLines(s: SearchEngineSizes): string[] {
  const KB = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const MB = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
  const perUrl = s.sitemaps.reduce((n, m) => n + m.bytes, 0) / s.sitemaps.reduce((n, m) => n + m.urls, 0);
  const gzipPerUrl = s.sitemaps.reduce((n, m) => n + m.gzip, 0) / s.sitemaps.reduce((n, m) => n + m.urls, 0);
  return [
    '| sitemap | addresses | size | gzip |',
    '| --- | --- | --- | --- |',
    ...s.sitemaps.map((m) => `| ${m.file} | ${m.urls} | ${KB(m.bytes)} | ${KB(m.gzip)} |`),
    '',
    `One address with its hreflang alternates takes ${perUrl.toFixed(0)} bytes (${gzipPerUrl.toFixed(0)} gzip). The whole site lists ${s.wholeSiteUrls.toLocaleString('en')} addresses a language: ` +
      `about ${MB(perUrl * s.wholeSiteUrls)} (${MB(gzipPerUrl * s.wholeSiteUrls)} gzip) in ${Math.ceil(s.wholeSiteUrls / SITEMAP_LIMITS.urls)} file a language, within the protocol's ${SITEMAP_LIMITS.urls.toLocaleString('en')} addresses and ${MB(SITEMAP_LIMITS.bytes)} a file.`,
    '',
    `Share pictures (og:image): ${s.images.files} files, ${KB(s.images.bytes)} in all, the largest ${KB(s.images.largest)}; the same at any scale (one per kind of verdict and language).`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist, content] = process.argv.slice(2);
  if (!dist || !content) {
    console.error('search-engine-sizes: expected a built site and its content folder, e.g. .tmp/builds/national/dist .tmp/builds/national/content');
    process.exit(2);
  }
  for (const line of searchEngineLines(searchEngineSizes(dist, content))) console.log(line);
}
