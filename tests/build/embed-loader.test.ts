import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distDir, siteOrigin } from '../support/dist.ts';
import { repoRoot } from '../support/load-fixture.ts';
import { releasedLoaders } from '../../src/build/embed-loader.ts';

const released = releasedLoaders(repoRoot);
const newest = released.at(-1)!;

describe('the widget’s loader, as partners pin it', () => {
  it('builds from src/embed/loader.ts to the newest released version, byte for byte', () => {
    const built = readFileSync(`${distDir}embed.js`);
    const release = readFileSync(`${repoRoot}public/${newest.path}`);
    expect(
      built.equals(release),
      `src/embed/loader.ts has changed since ${newest.path} was released, and partners pin that file by its hash. ` +
        `Release the change as the next version: copy dist/embed.js to public/embed/v${newest.version + 1}/embed.js (docs/partners.md, "Posters, QR codes and the embed").`,
    ).toBe(true);
  });

  it('publishes every released version at its own address, unchanged', () => {
    expect(released.map((r) => r.path)).toContain('embed/v1/embed.js');
    for (const release of released) {
      expect(readFileSync(`${distDir}${release.path}`).equals(readFileSync(`${repoRoot}public/${release.path}`)), release.path).toBe(true);
    }
  });

  it('is what the embed page tells partners to paste, with its hash, in every language', () => {
    for (const page of ['embed/index.html', 'en/embed/index.html', 'zh-hant/embed/index.html']) {
      const html = readFileSync(distDir + page, 'utf8');
      const snippet = html.match(/<code[^>]*data-snippet[^>]*>([^<]*)<\/code>/)![1]!.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
      expect(snippet, page).toContain(`<script src="${siteOrigin}/${newest.path}" integrity="${newest.integrity}" crossorigin="anonymous" data-region="350500"`);
    }
  });
});
