import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { distDir, readDistJson } from '../support/dist.ts';
import { filesUnder } from '../../scripts/budgets.ts';
import { isSitePath } from '../../src/lib/offline/site-paths.ts';

interface Manifest {
  name: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
}

describe('the web app manifest', () => {
  const manifest = readDistJson<Manifest>('manifest.webmanifest');

  it('installs as 12345 便民热线查询, standalone, from the base path', () => {
    expect(manifest).toMatchObject({ name: '12345 便民热线查询', start_url: '/', scope: '/', display: 'standalone', theme_color: '#0b57d0' });
  });

  it('lists 192 and 512 px icons and a maskable one, each the size it claims', async () => {
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const { width, height, format } = await sharp(readFileSync(distDir + icon.src.slice(1))).metadata();
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
      expect(format).toBe('png');
    }
  });
});

describe('the service worker', () => {
  const sw = readFileSync(`${distDir}sw.js`, 'utf8');

  it('precaches the home page, the offline page, the national search, the home page’s regions and the safety words, never the place data', () => {
    for (const url of ['"index.html"', '"offline/index.html"', '"search/national.json"', '"search/regions.json"', '"search/safety.json"']) expect(sw).toContain(url);
  });

  it('does not precache any region: a phone downloads only the regions it visits', () => {
    expect(sw).not.toMatch(/"\d{6}\//);
    expect(sw).not.toMatch(/"search\/\d{6}\.json"/);
    // The place data is fetched when a citizen starts typing, never on the first visit.
    expect(sw).not.toContain('places.json');
    expect(sw).not.toMatch(/"(?:[\w-]+\/)?sources\//);
  });

  it('knows every address the build writes as the site’s own, so it keeps them, and only them, offline', () => {
    const paths = filesUnder(distDir).map((f) => f.replace(/(^|\/)index\.html$/, '$1'));
    expect(paths.length).toBeGreaterThan(10_000);
    expect(paths.filter((p) => !isSitePath(p))).toEqual([]);
  });

  it('precaches neither the feeds nor the table: they are for partners, fetched when read', () => {
    expect(sw).not.toMatch(/feed\.xml|lines\.csv|datapackage\.json/);
    expect(readFileSync(`${distDir}changes/feed.xml`, 'utf8')).toContain('<feed');
  });

  it('has, for every region, the list of what to save when it is visited', () => {
    const quanzhou = readDistJson<{ pages: string[]; data: string[] }>('offline/350500.json');
    expect(quanzhou.pages).toContain('350500/');
    expect(quanzhou.pages).toContain('350500/12369/');
    // The place data too: the home page's question then finds this region's places (and every other) offline.
    expect(quanzhou.data).toEqual(['search/350500.json', 'search/safety.json', 'api/v1/regions/350500.json', 'search/places.json']);
    expect(readDistJson<{ data: string[] }>('en/offline/350500.json').data).toContain('en/search/places.json');
    // The document the answers cite, so that their source links work offline: the province's for Xiamen.
    expect(quanzhou.pages).toContain('sources/quanzhou-2021/');
    expect(readDistJson<{ pages: string[] }>('offline/350200.json').pages).toContain('sources/fujian-2021/');
    expect(readDistJson<{ pages: string[] }>('en/offline/350500.json').pages).toContain('en/sources/quanzhou-2021/');
    // Without a list, a region's answers are the national changes: they are saved too.
    expect(readDistJson<{ pages: string[]; data: string[] }>('offline/440100.json')).toEqual({
      pages: ['440100/', '440100/12301/', '440100/12356/', '440100/12369/'],
      data: ['search/national.json', 'search/safety.json', 'api/v1/regions/440100.json', 'search/places.json'],
    });
  });
});
