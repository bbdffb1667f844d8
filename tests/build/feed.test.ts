import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadContent } from '../../src/lib/content/load.ts';
import { LOCALES, localeRoot } from '../../src/i18n/locales.ts';
import { distDir, readDistJson, siteOrigin } from '../support/dist.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';

// The Atom feeds as a feed reader gets them, read back with a real XML parser.
const { changes, lists } = loadContent(`${repoRoot}content`, isRegion, repoRoot);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' || name === 'link' });
const read = (file: string) => readFileSync(distDir + file, 'utf8');
const asOf = readDistJson<{ asOf: string }>('api/v1/regions/350500.json').asOf;

interface Entry {
  id: string;
  title: { '#text': string; '@type': string };
  summary: { '#text': string; '@type': string };
  updated: string;
  published: string;
  link: { '@href': string }[];
}

describe.each(LOCALES.map((l) => [l.code, localeRoot(l)] as const))('the Atom feed in %s', (lang, root) => {
  const xml = read(`${root}changes/feed.xml`);
  const { feed } = parser.parse(xml) as { feed: { '@xml:lang': string; id: string; updated: string; link: { '@rel': string; '@href': string }[]; entry: Entry[] } };
  const at = (path: string) => `${siteOrigin}/${root}${path}`;

  it('is well-formed Atom in its language, addressed absolutely', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed['@xml:lang']).toBe(lang);
    expect(feed.id).toBe(at('changes/feed.xml'));
    expect(feed.link).toEqual([
      { '@rel': 'alternate', '@href': at('changes/') },
      { '@rel': 'self', '@href': at('changes/feed.xml') },
    ]);
  });

  it('has an entry for every national change and for every list added or corrected, at its record on the site', () => {
    expect(feed.entry).toHaveLength(changes.length + lists.reduce((n, l) => n + l.history.length, 0));
    for (const c of changes) {
      const entry = feed.entry.find((e) => e.id === at(`changes/#${c.id}`));
      expect(entry, c.id).toMatchObject({ published: `${c.announced}T00:00:00.000Z`, updated: `${c.announced}T00:00:00.000Z` });
      expect(read(`${root}changes/index.html`)).toContain(`id="${c.id}"`);
    }
    for (const l of lists) {
      for (const record of l.history) {
        const anchor = `${record.kind}-${record.date}`;
        const entry = feed.entry.find((e) => e.id === at(`${l.region}/#${anchor}`));
        expect(entry, `${l.region} ${anchor}`).toMatchObject({ updated: `${record.date}T00:00:00.000Z`, link: [{ '@href': at(`${l.region}/#${anchor}`) }] });
        expect(read(`${root}${l.region}/index.html`)).toContain(`id="${anchor}"`);
      }
    }
  });

  it('is dated by the data, newest first, never by the build day', () => {
    const dates = feed.entry.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(feed.updated).toBe(dates[0]);
    expect(xml).not.toContain(asOf);
  });

  it('says what happened in the feed’s language', () => {
    const stopped = feed.entry.find((e) => e.id === at('changes/#12369-stopped'))!;
    const corrected = feed.entry.find((e) => e.id === at('350500/#corrected-2026-11-28'))!;
    const words = {
      'zh-Hans': ['环保举报热线 12369 已在全国停用', '泉州市的归并清单已更正'],
      'zh-Hant': ['環保舉報熱線 12369 已在全國停用', '泉州市的歸併清單已更正'],
      en: ['The 12369 environmental complaints line has been switched off nationwide', "Quanzhou's merge list was corrected"],
    }[lang];
    expect(stopped.summary).toMatchObject({ '@type': 'html', '#text': expect.stringContaining(words[0]) });
    expect(corrected.summary['#text']).toContain(words[1]);
  });

  it('is announced by the changes page and the home page, for feed readers and in words', () => {
    for (const page of [`${root}changes/index.html`, `${root}index.html`]) {
      const html = read(page);
      expect(html, page).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="/${root}changes/feed.xml">`));
      expect(html, page).toMatch(new RegExp(`<a href="/${root}changes/feed.xml">[^<]+</a>`));
    }
  });
});
