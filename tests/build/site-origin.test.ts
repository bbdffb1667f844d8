/**
 * No silent localhost: a build says where it is published, or is a preview asked for, and a preview's
 * posters say they are not to be put up.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/astro-build.ts';
import { PUBLISHED_ORIGIN } from '../../scripts/test-builds.ts';
import { testBuild } from '../support/builds.ts';
import { distDir } from '../support/dist.ts';
import { repoRoot } from '../support/load-fixture.ts';

describe('the published address', () => {
  it.each([
    ['no SITE_ORIGIN', {}, 'SITE_ORIGIN is not set: set it to the https:// address the site is published at'],
    ['plain http', { SITE_ORIGIN: 'http://12345.example.gov.cn' }, 'SITE_ORIGIN: found "http://12345.example.gov.cn"; expected an https:// address'],
  ])('a build with %s stops with one sentence saying what to set, and writes nothing', (_, env, message) => {
    const outDir = `${repoRoot}.tmp/no-origin-build`;
    rmSync(outDir, { recursive: true, force: true });
    const { status, output } = astroBuild(outDir, { PREVIEW: '', SITE_ORIGIN: '', ...env });
    expect(status).not.toBe(0);
    expect(output).toContain(message);
    expect(output).not.toMatch(/\n\s+at /);
    expect(existsSync(outDir)).toBe(false);
  });

  it('a preview’s posters say 本机预览，勿张贴; a published build’s say nothing of it and print its https:// address', () => {
    for (const poster of ['350500/poster/index.html', '350500/12369/poster/index.html', 'en/350500/poster/index.html']) {
      expect(readFileSync(`${distDir}${poster}`, 'utf8'), poster).toMatch(/class="poster-preview"[^>]*>(本机预览，勿张贴|Preview on this computer, do not put up)/);
    }
    const published = testBuild('hostile-text').dir;
    const poster = readFileSync(`${published}350500/12369/poster/index.html`, 'utf8');
    expect(poster).not.toContain('class="poster-preview"');
    expect(poster).toContain(`${PUBLISHED_ORIGIN}/350500/12369/`);
  });
});
