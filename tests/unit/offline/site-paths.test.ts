import { describe, expect, it } from 'vitest';
import { isSitePath } from '../../../src/lib/offline/site-paths.ts';

describe('isSitePath', () => {
  it.each([
    '',
    'en/',
    'zh-hant/350500/',
    '350500/12369/',
    '350500/12369',
    'en/350500/12366/poster/',
    'n/12369/',
    'sources/quanzhou-2021/',
    'changes/feed.xml',
    'embed/350500/',
    'en/offline/350500.json',
    'search/regions.json',
    'api/v1/regions/350500.json',
    '_astro/index.B1c2.css',
    'icons/icon-192.png',
    'manifest.webmanifest',
    'sw.js',
    'embed.js',
    'en/share/cancelled.png',
    'robots.txt',
    'sitemap.xml',
    'sitemap-zh-hant-1.xml',
  ])('takes %j as the site’s own', (path) => {
    expect(isSitePath(path)).toBe(true);
  });

  it.each(['webmail/inbox/', 'admin/', 'fr/350500/', 'en/webmail/', '3505/', 'index.php', 'en/api/v1/regions.json', 'sw.js.map', 'en/robots.txt', 'sitemaps/a.xml'])(
    'leaves %j to whoever else the host serves',
    (path) => {
      expect(isSitePath(path)).toBe(false);
    },
  );
});
