import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { check, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const GUIDES = ['data-editors', 'hosting', 'partners', 'testing', 'architecture'].map((g) => `docs/${g}.md`);
/** The README, the guides, and what else is written for a reader in the repository's own Markdown. */
const PAGES = ['README.md', 'CONTRIBUTING.md', 'docs/*.md', 'src/lib/*/README.md'];

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/**
 * Every link of the given Markdown pages, as GitHub renders them, that does not resolve: another
 * page, a heading's anchor (GitHub's slugs, by marked-gfm-heading-id), a file or folder of the
 * repository. linkinator serves the repository on a loopback port and renders Markdown itself;
 * other sites' addresses are not followed.
 */
async function brokenLinks(pages: string[], root = ROOT): Promise<string[]> {
  const port = await freePort();
  const ours = `http://127.0.0.1:${port}/`;
  const result = await check({
    path: pages,
    serverRoot: root,
    port,
    markdown: true,
    checkFragments: true,
    directoryListing: true,
    linksToSkip: async (link) => !link.startsWith(ours),
  });
  expect(result.links.filter((l) => l.state === LinkState.OK).length).toBeGreaterThan(0);
  return result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.url} (${l.status}) on ${l.parent}`);
}

/** Paths of the repository a page names in code spans (`src/lib/dates.ts`): each must exist. */
function missingPaths(page: string): string[] {
  const text = readFileSync(join(ROOT, page), 'utf8');
  const named = [...text.matchAll(/`((?:src|tests|scripts|content|deploy|public|docs)\/[^`\s*{}<>…|]+)`/g)].map((m) => m[1]!);
  return named.filter((path) => !existsSync(join(ROOT, path)));
}

describe('the README and the guides', () => {
  it('README is a front door: at most 250 lines, the two commands in its first 60, a link to each guide', () => {
    const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
    expect(lines.length).toBeLessThanOrEqual(250);
    const top = lines.slice(0, 60).join('\n');
    expect(top).toContain('npm install && npm start');
    expect(top).toContain('npm install && npm test');
    for (const guide of GUIDES) expect(lines.join('\n')).toContain(`](${guide})`);
  });

  it('every link resolves: to a guide, a heading, a file or folder of the repository', async () => {
    expect(await brokenLinks(PAGES)).toEqual([]);
  });

  it('catches a link to a missing file, a missing heading and a missing guide', async () => {
    const broken = await brokenLinks(['tests/fixtures/docs-links/guide.md']);
    expect(broken.map((b) => b.replace(/ \(.*/, '')).sort()).toEqual([
      'docs/no-such-guide.md',
      'docs/testing.md#no-such-heading',
      'src/lib/no-such-file.ts',
      'tests/fixtures/docs-links/guide.md#no-such-section',
    ]);
  });

  it('every path a page names in code exists', () => {
    const pages = ['README.md', 'CONTRIBUTING.md', ...GUIDES];
    expect(pages.flatMap((p) => missingPaths(p).map((path) => `${path} (${p})`))).toEqual([]);
    expect(missingPaths('tests/fixtures/docs-links/guide.md')).toEqual(['src/lib/no-such-file.ts']);
  });
});
