import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The files that take longest, longest first (`npm test` on a clean clone, 2 cores, quiet machine:
 * nginx ~56 s, its link check over every page; design ~55 s; accessibility ~52 s; search ~50 s;
 * national changes ~44 s; posters ~35 s, printing PDFs). Started first, they run beside the many
 * short files instead of after them; a fresh clone has no timings of its own for vitest to order by.
 */
const SLOW_FIRST = [
  'tests/hosting/nginx.test.ts',
  'tests/e2e/design.browser.test.ts',
  'tests/e2e/accessibility.browser.test.ts',
  'tests/e2e/search.browser.test.ts',
  'tests/e2e/national-changes.browser.test.ts',
  'tests/e2e/posters.browser.test.ts',
  // Firefox and WebKitGTK start slowly on a busy machine (~50 s for the file there).
  'tests/e2e/other-engines.browser.test.ts',
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
    include: ['tests/**/*.test.ts'],
    // Browser and build tests start Chromium or Astro; give them room on 2 cores.
    testTimeout: 60_000,
    // One test file per core, not vitest's one fewer: most files wait on Chromium, nginx or the disk.
    maxWorkers: availableParallelism(),
    hookTimeout: 180_000,
    sequence: { sequencer: SlowFirst },
    // The site the tests serve (astro preview, in this process) is a loopback preview: it is published nowhere.
    env: { PREVIEW: '1' },
  },
});
