import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/load-fixture.ts';
import { startNginx } from '../support/nginx.ts';
import { brokenLinks } from '../support/links.ts';

// The link check itself (tests/support/links.ts), on a planted site: it needs no build.
describe('the link check', () => {
  it('reports a link to a page that is not there, and one that forgot the base path', async () => {
    const root = `${repoRoot}.tmp/links-planted/`;
    rmSync(root, { recursive: true, force: true });
    for (const dir of ['a', '12345/b', 'changes']) mkdirSync(`${root}${dir}`, { recursive: true });
    writeFileSync(`${root}index.html`, '<!doctype html><title>t</title><a href="/a/">a</a> <a href="/gone/">gone</a>');
    writeFileSync(`${root}a/index.html`, '<!doctype html><title>a</title><link rel="stylesheet" href="/missing.css">');
    // A site under /12345/ whose footer forgot the base: /changes/ is the host's page, not the site's, though it answers 200.
    writeFileSync(`${root}12345/index.html`, '<!doctype html><title>s</title><a href="/12345/b/">b</a>');
    writeFileSync(`${root}12345/b/index.html`, '<!doctype html><title>b</title><a href="/changes/">changes</a>');
    writeFileSync(`${root}changes/index.html`, '<!doctype html><title>the host’s own page</title>');
    const planted = await startNginx({ port: 4380, root });
    try {
      const atRoot = await brokenLinks(planted.origin, '/', root);
      expect(atRoot.broken).toEqual([`${planted.origin}/gone/ (404) on ${planted.origin}/`, `${planted.origin}/missing.css (404) on ${planted.origin}/a/`]);
      // A page per batch: every link to a page is then to another batch's, judged by how that page answered.
      const oneByOne = await brokenLinks(planted.origin, '/', root, undefined, 1);
      expect(oneByOne.broken.sort(), 'links to pages of other batches').toEqual(atRoot.broken.sort());
      const underBase = await brokenLinks(planted.origin, '/12345/', `${root}12345/`);
      expect(underBase.broken, 'a same-origin link outside the base path must count as broken').toEqual([
        `${planted.origin}/changes/ (outside the base path /12345/) on ${planted.origin}/12345/b/`,
      ]);
    } finally {
      await planted.stop();
    }
  });
});
