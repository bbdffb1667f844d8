import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/budgets.ts';
import type { RegionFile } from '../../src/lib/published/api.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { rowAnchors } from '../../src/lib/sources/anchors.ts';
import { LOCALES, localeRoot } from '../../src/i18n/locales.ts';
import { distDir, PAGE_PATH, readDistJson } from '../support/dist.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';

const { lists } = loadContent(`${repoRoot}content`, isRegion, repoRoot);
const files = filesUnder(distDir);
const read = (file: string) => readFileSync(distDir + file, 'utf8');
/** Every id on a page of dist/, by the page's address ('/sources/x/'). */
const idsCache = new Map<string, Set<string>>();
function idsOn(path: string): Set<string> {
  let ids = idsCache.get(path);
  if (!ids) idsCache.set(path, (ids = new Set([...read(`${path.slice(1)}index.html`).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))));
  return ids;
}
/** The rows and cell entries of a source page ('/sources/x/') by their id, each as its text with tags dropped. */
const rowsCache = new Map<string, Map<string, string>>();
function rowsOn(path: string): Map<string, string> {
  let rows = rowsCache.get(path);
  if (!rows) {
    const html = read(`${path.slice(1)}index.html`);
    rowsCache.set(path, (rows = new Map([...html.matchAll(/<(tr|span) id="([^"]+)"[^>]*>(.*?)<\/\1>/gs)].map((m) => [m[2]!, m[3]!.replace(/<[^>]+>/g, ' ')]))));
  }
  return rows;
}
/** The links from a page to source documents, as [page address, anchor or undefined]. */
const sourceLinks = (html: string) => [...html.matchAll(/href="(\/(?:[\w-]+\/)?sources\/[\w-]+\/)(?:#([\w-]+))?"/g)].map((m) => [m[1]!, m[2]] as const);

describe('every answer page links to the row it rests on', () => {
  const answers = files.filter((f) => PAGE_PATH.test(f) && /\d{6}\/\d+\/index\.html$/.test(f));
  const listed = new Map<string, Set<string | null>>();
  /** The numbers a region's list has a row for, as the API gives them. */
  const mentions = (region: string): Set<string | null> => {
    let numbers = listed.get(region);
    if (!numbers) listed.set(region, (numbers = new Set(readDistJson<RegionFile>(`api/v1/regions/${region}.json`).lines.flatMap((l) => [l.number, ...l.aliases]))));
    return numbers;
  };

  it('in every language, with an anchor that is on the source page, at the row of its number', () => {
    let rows = 0;
    const wrong = answers.flatMap((f) => {
      const region = PAGE_PATH.exec(f)![2]!;
      const number = f.split('/').at(-2)!;
      const links = sourceLinks(read(f));
      // A line the region's list has: one link, to its row, which prints the number. Otherwise at most the document itself.
      if (mentions(region).has(number)) {
        rows++;
        if (links.length !== 1 || !links[0]![1]) return [`${f}: ${JSON.stringify(links)}, expected one link to a row`];
        const [page, anchor] = links[0]!;
        const text = rowsOn(page).get(anchor!);
        if (text === undefined) return [`${f}: cites ${page}#${anchor}, which is not a row of the document`];
        if (!text.includes(number)) return [`${f}: cites ${page}#${anchor}, a row that does not print ${number}: ${text.trim()}`];
      } else if (links.some(([, anchor]) => anchor)) return [`${f}: links to a row, but its list has no row for ${number}`];
      return links.filter(([page, anchor]) => !existsSync(`${distDir}${page.slice(1)}index.html`) || (anchor && !idsOn(page).has(anchor))).map(([page, anchor]) => `${f}: ${page}#${anchor} does not exist`);
    });
    expect(wrong).toEqual([]);
    expect(answers.length).toBeGreaterThan(3000);
    expect(rows).toBeGreaterThan(3000);
  });
});

describe('the source pages', () => {
  const pages = LOCALES.flatMap((locale) => lists.map((list) => ({ locale, list, path: `/${localeRoot(locale)}sources/${list.source.id}/` })));

  it('exist in every language, with an anchor for every row the list cites, each linking to its answer', () => {
    for (const { list, path } of pages) {
      const html = read(`${path.slice(1)}index.html`);
      const anchors = rowAnchors(list.lines);
      expect(anchors.filter((a) => !idsOn(path).has(a)), path).toEqual([]);
      for (const line of list.lines.filter((l) => l.number)) {
        const answer = `${path.replace(/sources\/.*/, '')}${list.region}/${line.number}/`;
        expect(html, `${path}: ${line.number}`).toContain(`href="${answer}"`);
        expect(existsSync(`${distDir}${answer.slice(1)}index.html`), answer).toBe(true);
      }
    }
  });

  it('quote the Chinese text as Chinese in English, and say when it is converted to traditional characters', () => {
    for (const { locale, path } of pages) {
      const html = read(`${path.slice(1)}index.html`);
      expect(/<div class="document"[^>]*\slang="zh-Hans"/.test(html), path).toBe(locale.data === 'latin');
      expect(html.includes('以下原文由簡體中文自動轉換為繁體字'), path).toBe(locale.data === 'hant');
    }
    expect(read('zh-hant/sources/quanzhou-2021/index.html')).toContain('泉州市人民政府辦公室');
  });

  it('show Jilin’s document up to its end and 广西’s up to where our copy breaks off, say so, and leave out the news captured after Jilin’s', () => {
    for (const { list, path } of pages) {
      const html = read(`${path.slice(1)}index.html`);
      expect(html.includes('class="document-end"'), path).toBe(list.source.endsBefore !== null);
      // A text held in part says where our copy breaks off.
      expect(html.includes('class="document-break"'), path).toBe(list.source.heldInPart !== null);
      if (list.region === '220000') expect(html, path).not.toContain('省政府召开全省疫情防控工作部署视频会议');
    }
  });
});

describe('no internal file name reaches people', () => {
  it('no page, poster, search or API file names a seed file', () => {
    const text = files.filter((f) => /\.(html|json|svg|js|webmanifest)$/.test(f));
    expect(text.filter((f) => /\d{3}_[0-9a-f]{16}\.txt/.test(read(f)))).toEqual([]);
    expect(readDistJson<RegionFile>('api/v1/regions/350500.json').sources[0]).not.toHaveProperty('seed');
  });
});
