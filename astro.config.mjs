// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { serviceWorker } from './src/integrations/service-worker.ts';

/** Deploying under a sub-path (https://www.example.gov.cn/12345/): BASE_PATH=/12345/ npm run build. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  integrations: [preact(), serviceWorker()],
  trailingSlash: 'always',
  build: { format: 'directory' },
});
