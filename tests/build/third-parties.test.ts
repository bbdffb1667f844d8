import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/budgets.ts';
import { distDir, PAGE_PATH, siteOrigin } from '../support/dist.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { loadSafety } from '../../src/lib/content/safety.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';

// The only other origins a page may name: the publishers of the source documents, of the
// national changes' sources and of the safety facts' sources, as plain links, and the site's own
// published address (hreflang alternates are absolute).
const content = loadContent(`${repoRoot}content`, isRegion, repoRoot);
const { lists, changes } = content;
const { emergency, crisis } = loadSafety(`${repoRoot}content`, content, repoRoot);
const sourceUrls = [
  ...lists.flatMap((l) => [l.source.url, l.source.citedNumber?.url ?? null]),
  ...[...changes.flatMap((c) => c.sources), ...emergency.sources, crisis.hours.source].flatMap((s) => [s.url, s.reportedBy?.url ?? null, s.reportedBy?.seenAt ?? null]),
];
const allowed = new Set([siteOrigin, ...sourceUrls.filter((u): u is string => u !== null).map((u) => new URL(u).origin)]);

/** Absolute URLs a file would load or send to: src, href, CSS url(), fetch(), import(), srcset, action. */
function origins(text: string): string[] {
  const patterns = [
    /\b(?:src|href|action|srcset|poster|data)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi,
    /url\(\s*["']?((?:https?:)?\/\/[^"')\s]+)/gi,
    /\b(?:fetch|import|importScripts)\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/gi,
  ];
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => new URL(m[1]!, 'http://127.0.0.1').origin));
}

describe('no third parties', () => {
  const files = filesUnder(distDir).filter((f) => /\.(html|css|js|json|webmanifest|svg|xml)$/.test(f));

  it('no file in dist/ loads from or sends to another origin', () => {
    const found = files.flatMap((f) => origins(readFileSync(distDir + f, 'utf8')).filter((o) => !allowed.has(o)).map((o) => `${f}: ${o}`));
    expect(found).toEqual([]);
    expect(files.length).toBeGreaterThan(1000);
  });

  it('the check finds what it looks for', () => {
    expect(origins('<script src="https://cdn.example.com/x.js"></script>')).toEqual(['https://cdn.example.com']);
    expect(origins('a{background:url(//fonts.example.net/f.woff2)}')).toEqual(['http://fonts.example.net']);
    expect(origins('fetch("https://stats.example.org/hit")')).toEqual(['https://stats.example.org']);
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
