// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { serviceWorker } from './src/integrations/service-worker.ts';

/** Deploying under a sub-path (https://www.example.gov.cn/12345/): BASE_PATH=/12345/ npm run build. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  // Tests and the benchmark build several sites side by side; each keeps its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [preact(), serviceWorker()],
  trailingSlash: 'always',
  build: { format: 'directory' },
});
