import { describe, expect, it } from 'vitest';
import { sitemapName, sitemapParts, SITEMAP_LIMITS } from '../../../src/lib/seo/sitemap-parts.ts';
import { ogLocale } from '../../../src/lib/seo/og-locale.ts';
import { shareImageKind } from '../../../src/lib/seo/share-image.ts';
import { lastModified, listRecorded, reviewedOn } from '../../../src/lib/seo/lastmod.ts';
import { stopped, reassigned } from '../../support/tiny-changes.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { metaTags } from '../../../src/lib/seo/meta-tags.ts';

describe('sitemaps within the protocol’s limits', () => {
  it('splits at the number of addresses and at the size, whichever comes first, keeping the order', () => {
    const entries = Array.from({ length: 7 }, (_, i) => i);
    expect(sitemapParts(entries, () => 10, { urls: 3, bytes: 1e6 })).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(sitemapParts(entries, () => 500, { urls: 100, bytes: 1024 + 1500 })).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(sitemapParts([], () => 1)).toEqual([[]]);
  });

  it('a national scale language (10,000s of answer pages) in one part; 120,000 addresses in three', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => i);
    expect(sitemapParts(many(40_000), () => 600)).toHaveLength(1);
    const parts = sitemapParts(many(120_000), () => 600);
    expect(parts.map((p) => p.length)).toEqual([50_000, 50_000, 20_000]);
    expect(SITEMAP_LIMITS).toEqual({ urls: 50_000, bytes: 52_428_800 });
  });

  it('refuses an entry no sitemap could hold', () => {
    expect(() => sitemapParts([1], () => 2e6, { urls: 10, bytes: 1e6 })).toThrow('a sitemap entry of 2000000 bytes cannot fit a sitemap of 1000000 bytes');
  });

  it('names each part by its language, at the root', () => {
    expect(LOCALES.map((l) => sitemapName(l.code, 0))).toEqual(['sitemap-zh-hans-1.xml', 'sitemap-zh-hant-1.xml', 'sitemap-en-1.xml']);
  });
});

describe('Open Graph', () => {
  it('works out each language’s locale from its code', () => {
    expect(LOCALES.map((l) => ogLocale(l.code))).toEqual(['zh_CN', 'zh_TW', 'en_US']);
    expect(ogLocale('fr')).toBe('fr_FR');
  });

  it('draws a number as off and 12345 to dial only where 12345 is what to dial', () => {
    expect(shareImageKind(null, null)).toBe('site');
    expect(shareImageKind({ verdict: 'cancelled' }, null)).toBe('cancelled');
    expect(shareImageKind({ verdict: 'stopped' }, stopped)).toBe('cancelled');
    expect(shareImageKind({ verdict: 'stopped' }, { now: { ...stopped.now, dial: '12356' } })).toBe('stopped');
    expect(shareImageKind({ verdict: 'parallel' }, null)).toBe('works');
    expect(shareImageKind({ verdict: 'subcenter' }, null)).toBe('works');
    expect(shareImageKind({ verdict: 'cancelling' }, null)).toBe('cancelling');
    expect(shareImageKind({ verdict: 'reassigned' }, reassigned)).toBe('reassigned');
  });
});

describe('lastmod: the data’s days, never the build’s', () => {
  const review = { reviewed: '2026-11-28', numbers: [{ number: '12369', finding: 'changed' as const, searched: '2026-11-27', queries: ['x'], note: 'n' }] };
  it('takes the latest of the days a page shows, the review’s when it shows none', () => {
    expect(lastModified(['2026-11-23', null, '2024-06-24', undefined], review)).toBe('2026-11-23');
    expect(lastModified([null], review)).toBe('2026-11-28');
    expect(listRecorded({ history: [{ date: '2026-11-23', kind: 'added' }, { date: '2026-11-30', kind: 'corrected', note: { zh: '改', en: 'fixed' } }] })).toBe('2026-11-30');
    expect(reviewedOn(review as never, '12369')).toBe('2026-11-27');
    expect(reviewedOn(review as never, '12333')).toBeNull();
  });
});

describe('the tags that carry a page’s words', () => {
  it('escape every character HTML gives meaning to, < and > too, so no scraper reads a list’s text as markup', () => {
    expect(metaTags([{ attribute: 'name', key: 'description', content: `环保 "热线" <script>alert(1)</script> & '引号'` }])).toBe(
      '<meta name="description" content="环保 &quot;热线&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;引号&#39;" />',
    );
  });
});
