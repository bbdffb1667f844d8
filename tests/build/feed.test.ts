import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { LOCALES, localeRoot } from '../../src/i18n/locales.ts';
import { distDir, readDistJson, siteOrigin } from '../support/dist.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';
import { readAtom } from '../support/atom.ts';

// The Atom feeds as a feed reader gets them, read back with a real XML parser.
const { changes, lists } = loadContent(`${repoRoot}content`, isRegion, repoRoot);
const read = (file: string) => readFileSync(distDir + file, 'utf8');
const asOf = readDistJson<{ asOf: string }>('api/v1/regions/350500.json').asOf;

describe.each(LOCALES.map((l) => [l.code, localeRoot(l)] as const))('the Atom feed in %s', (lang, root) => {
  const xml = read(`${root}changes/feed.xml`);
  // Parsing throws at anything that is not well-formed XML.
  const feed = readAtom(xml);
  const at = (path: string) => `${siteOrigin}/${root}${path}`;

  it('is well-formed Atom in its language, addressed absolutely', () => {
    expect(feed.namespace).toBe('http://www.w3.org/2005/Atom');
    expect(feed.lang).toBe(lang);
    expect(feed.id).toBe(at('changes/feed.xml'));
    expect(feed.links).toEqual([
      { rel: 'alternate', href: at('changes/') },
      { rel: 'self', href: at('changes/feed.xml') },
    ]);
  });

  it('has an entry for every national change and for every list added or corrected, at its record on the site', () => {
    expect(feed.entries).toHaveLength(changes.length + lists.reduce((n, l) => n + l.history.length, 0));
    for (const c of changes) {
      const entry = feed.entries.find((e) => e.id === at(`changes/#${c.id}`));
      expect(entry, c.id).toMatchObject({ published: `${c.announced}T00:00:00.000Z`, updated: `${c.announced}T00:00:00.000Z` });
      expect(read(`${root}changes/index.html`)).toContain(`id="${c.id}"`);
    }
    for (const l of lists) {
      for (const record of l.history) {
        const anchor = `${record.kind}-${record.date}`;
        const entry = feed.entries.find((e) => e.id === at(`${l.region}/#${anchor}`));
        expect(entry, `${l.region} ${anchor}`).toMatchObject({ updated: `${record.date}T00:00:00.000Z`, link: at(`${l.region}/#${anchor}`) });
        expect(read(`${root}${l.region}/index.html`)).toContain(`id="${anchor}"`);
      }
    }
  });

  it('is dated by the data, newest first, never by the build day', () => {
    const dates = feed.entries.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(feed.updated).toBe(dates[0]);
    // Every day the feed names is a day of the data; the build's day only where the data has it too.
    const dataDays = new Set([...changes.map((c) => c.announced), ...lists.flatMap((l) => l.history.map((r) => r.date))]);
    expect([...new Set(xml.match(/\d{4}-\d{2}-\d{2}/g))].filter((day) => !dataDays.has(day)), `the build day is ${asOf}`).toEqual([]);
  });

  it('says what happened in the feed’s language', () => {
    const stopped = feed.entries.find((e) => e.id === at('changes/#12369-stopped'))!;
    const corrected = feed.entries.find((e) => e.id === at('350500/#corrected-2026-11-28'))!;
    const words = {
      'zh-Hans': ['环保举报热线 12369 已在全国停用', '泉州市的归并清单已更正'],
      'zh-Hant': ['環保舉報熱線 12369 已在全國停用', '泉州市的歸併清單已更正'],
      en: ['The 12369 environmental complaints line has been switched off nationwide', "Quanzhou's merge list was corrected"],
    }[lang];
    expect(stopped).toMatchObject({ summaryType: 'html', summary: expect.stringContaining(words[0]!) });
    expect(corrected.summary).toContain(words[1]);
  });

  it('is announced by the changes page and the home page, for feed readers and in words', () => {
    for (const page of [`${root}changes/index.html`, `${root}index.html`]) {
      const html = read(page);
      expect(html, page).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="/${root}changes/feed.xml">`));
      expect(html, page).toMatch(new RegExp(`<a href="/${root}changes/feed.xml">[^<]+</a>`));
    }
  });
});
