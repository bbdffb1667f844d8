import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The files that read a build, longest first (`CI=true bash .ci/run` on a clean clone, 2 cores, quiet
 * machine, 2026-12-07, 3ddc2ce: accessibility ~64 s; design ~60 s; search ~58 s; nginx ~58 s, its link
 * check over every page; national changes ~52 s; pwa ~42 s; csp ~37 s; qr ~36 s; posters ~34 s, printing
 * PDFs; safety ~34 s; languages ~24 s; broken data ~21 s; first use ~19 s; old phones ~17 s; embed ~11 s;
 * answer pages ~11 s; sources ~10 s). Started first, they run beside the many short files instead of
 * after them; a fresh clone has no timings of its own for vitest to order by.
 */
const SLOW_FIRST = [
  'tests/e2e/accessibility.browser.test.ts',
  'tests/e2e/design.browser.test.ts',
  'tests/e2e/search.browser.test.ts',
  'tests/hosting/nginx.test.ts',
  'tests/e2e/national-changes.browser.test.ts',
  'tests/hosting/pwa.browser.test.ts',
  'tests/e2e/csp.browser.test.ts',
  'tests/build/qr.test.ts',
  'tests/e2e/posters.browser.test.ts',
  'tests/e2e/safety.browser.test.ts',
  'tests/e2e/languages.browser.test.ts',
  'tests/build/broken-data.test.ts',
  'tests/e2e/first-use.browser.test.ts',
  'tests/e2e/old-phones.browser.test.ts',
  'tests/hosting/embed.browser.test.ts',
  'tests/e2e/answer-pages.browser.test.ts',
  'tests/e2e/sources.browser.test.ts',
];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // The files that read no build first: under `npm test` they run while the builds are made.
    const rank = (spec: TestSpecification) => {
      if (spec.project.name !== 'site') return -1;
      const at = SLOW_FIRST.indexOf(relative(process.cwd(), spec.moduleId));
      return at === -1 ? SLOW_FIRST.length : at;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // No file sets global state or mocks a module: each worker keeps one module graph for the files it runs
    // instead of importing it again for each (on a clean clone: 80 s of imports became 56 s, and the time
    // only one file ran fell from 91 s to 54 s). `npm test` makes the builds the site's files read
    // (TEST_BUILDS=1: tests/support/builds-started.ts) while the domain's and the importer's files run.
    projects: [
      { extends: true, test: { name: 'domain', include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'no-build', include: ['tests/import/**/*.test.ts', 'tests/search/**/*.test.ts'], isolate: false } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/unit/**', 'tests/data/**', 'tests/import/**', 'tests/search/**'],
          isolate: false,
          globalSetup: ['tests/support/builds-started.ts'],
          setupFiles: ['tests/support/builds-finished.ts'],
        },
      },
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
