import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/budgets.ts';
import { distDir, PAGE_PATH, siteOrigin } from '../support/dist.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { loadSafety } from '../../src/lib/content/safety.ts';
import { loadReports } from '../../src/lib/content/reports.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';

// The only other origins a page may link to: the publishers of the source documents, of the
// national changes' sources and of the safety facts' sources, as plain links a citizen may follow,
// and the site's own published address (hreflang alternates are absolute). Nothing is ever loaded
// from, or sent to, any of them.
const content = loadContent(`${repoRoot}content`, isRegion, repoRoot);
const { lists, changes } = content;
const { emergency, crisis } = loadSafety(`${repoRoot}content`, content, repoRoot);
// …and the outlets of regional reports and the sites where they and the plans were read.
const reported = loadReports(`${repoRoot}content`, isRegion, repoRoot);
const sourceUrls = [
  ...lists.flatMap((l) => [l.source.url, l.source.citedNumber?.url ?? null]),
  ...[...reported.reports, ...reported.plans].flatMap((r) => [r.url, r.readAt.url]),
  ...[...changes.flatMap((c) => c.sources), ...emergency.sources, crisis.hours.source].flatMap((s) => [s.url, s.reportedBy?.url ?? null, s.reportedBy?.seenAt ?? null]),
];
const linkable = new Set([siteOrigin, ...sourceUrls.filter((u): u is string => u !== null).map((u) => new URL(u).origin)]);

/** A tag that only links (<a href>, <link rel="alternate" href>): following it is the reader's choice. */
const LINK_TAG = /<(?:a|link(?=[^>]*\srel="alternate"))\s[^>]*>/gi;
const originOf = (url: string) => new URL(url, 'http://127.0.0.1').origin;

/**
 * The other origins a file names: those it links to, and those it would load from or send to
 * (src, href of anything but a link, CSS url(), fetch(), import(), srcset, action).
 */
function origins(text: string): { links: string[]; loads: string[] } {
  const links = [...text.matchAll(LINK_TAG)].flatMap((m) => [.../\shref\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/i.exec(m[0])?.slice(1) ?? []]).map(originOf);
  const rest = text.replace(LINK_TAG, '');
  const patterns = [
    /\b(?:src|href|action|srcset|poster|data)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi,
    /url\(\s*["']?((?:https?:)?\/\/[^"')\s]+)/gi,
    /\b(?:fetch|import|importScripts)\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/gi,
  ];
  return { links, loads: patterns.flatMap((p) => [...rest.matchAll(p)].map((m) => originOf(m[1]!))) };
}

describe('no third parties', () => {
  const files = filesUnder(distDir).filter((f) => /\.(html|css|js|json|webmanifest|svg|xml)$/.test(f));

  it('no file in dist/ loads from or sends to another origin, and it links only to the sources’ publishers', () => {
    const found = files.flatMap((f) => {
      const { links, loads } = origins(readFileSync(distDir + f, 'utf8'));
      return [
        ...loads.filter((o) => o !== siteOrigin).map((o) => `${f}: loads from ${o}`),
        ...links.filter((o) => !linkable.has(o)).map((o) => `${f}: links to ${o}`),
      ];
    });
    expect(found).toEqual([]);
    expect(files.length).toBeGreaterThan(1000);
  });

  it('the check finds what it looks for', () => {
    expect(origins('<script src="https://cdn.example.com/x.js"></script>').loads).toEqual(['https://cdn.example.com']);
    expect(origins('a{background:url(//fonts.example.net/f.woff2)}').loads).toEqual(['http://fonts.example.net']);
    expect(origins('fetch("https://stats.example.org/hit")').loads).toEqual(['https://stats.example.org']);
    // A source's publisher may be linked to, never loaded from.
    const publisher = [...linkable].find((o) => o !== siteOrigin)!;
    expect(origins(`<a class="x" href="${publisher}/notice.html">notice</a>`)).toEqual({ links: [publisher], loads: [] });
    expect(origins(`<img src="${publisher}/logo.png"><link rel="stylesheet" href="${publisher}/s.css">`)).toEqual({ links: [], loads: [publisher, publisher] });
  });
});

describe('every answer page links back to its region', () => {
  it('holds for every answer page, in its own language', () => {
    const answers = filesUnder(distDir).filter((f) => PAGE_PATH.test(f) && /\d{6}\/\d+\/index\.html$/.test(f));
    expect(answers.length).toBeGreaterThan(3000);
    const orphans = answers.filter((f) => {
      const [, root, region] = PAGE_PATH.exec(f)!;
      return !readFileSync(distDir + f, 'utf8').includes(`href="/${root}${region}/"`);
    });
    expect(orphans).toEqual([]);
  });
});
