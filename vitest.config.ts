import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The files that take longest, longest first (`CI=true bash .ci/run` on a clean clone, 2 cores, quiet
 * machine, 2026-12-07, after the suite was made faster: search ~54 s; accessibility ~50 s; nginx ~47 s,
 * its link check over every page; pwa ~46 s; national changes ~40 s; design ~38 s; qr ~37 s; csp ~29 s;
 * posters ~26 s, printing PDFs; safety ~24 s; languages ~23 s; first use ~21 s; broken data ~17 s; old
 * phones ~14 s; embed ~14 s; answer pages ~13 s; the safety model retrained ~10 s). Started first, they
 * run beside the many short files instead of after them; a fresh clone has no timings of its own for
 * vitest to order by.
 */
const SLOW_FIRST = [
  'tests/e2e/search.browser.test.ts',
  'tests/e2e/accessibility.browser.test.ts',
  'tests/hosting/nginx.test.ts',
  'tests/hosting/pwa.browser.test.ts',
  'tests/e2e/national-changes.browser.test.ts',
  'tests/e2e/design.browser.test.ts',
  'tests/build/qr.test.ts',
  'tests/e2e/csp.browser.test.ts',
  'tests/e2e/posters.browser.test.ts',
  'tests/e2e/safety.browser.test.ts',
  'tests/e2e/languages.browser.test.ts',
  'tests/e2e/first-use.browser.test.ts',
  'tests/build/broken-data.test.ts',
  'tests/e2e/old-phones.browser.test.ts',
  'tests/hosting/embed.browser.test.ts',
  'tests/e2e/answer-pages.browser.test.ts',
  'tests/search/safety-model-fresh.test.ts',
];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const at = SLOW_FIRST.indexOf(relative(process.cwd(), spec.moduleId));
      return at === -1 ? SLOW_FIRST.length : at;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // The unit and data files (test:quick) import only the pure domain and set no global state: they share
    // one module graph per worker instead of importing it again for each of ~90 files (about 40 s of a
    // clean clone's run went to those imports). Files that start browsers, servers or builds stay isolated.
    projects: [
      { extends: true, test: { name: 'domain', include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'site', include: ['tests/**/*.test.ts'], exclude: ['tests/unit/**', 'tests/data/**'] } },
    ],
    // Browser and build tests start Chromium or Astro; give them room on 2 cores.
    testTimeout: 60_000,
    // One test file per core, not vitest's one fewer: most files wait on Chromium, nginx or the disk.
    // (One more than the cores was tried on a clean clone, 2026-12-07: vitest took 421 s against 363 s.)
    maxWorkers: availableParallelism(),
    hookTimeout: 180_000,
    sequence: { sequencer: SlowFirst },
    // The site the tests serve (astro preview, in this process) is a loopback preview: it is published nowhere.
    env: { PREVIEW: '1' },
  },
});
