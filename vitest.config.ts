import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and build tests start Chromium or Astro; give them room on 2 cores.
    testTimeout: 60_000,
    // One test file per core, not vitest's one fewer: most files wait on Chromium, nginx or the disk.
    maxWorkers: availableParallelism(),
    hookTimeout: 180_000,
  },
});
