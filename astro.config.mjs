// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { standaloneScripts } from './src/integrations/standalone-scripts.ts';
import { precompressed } from './src/integrations/precompress.ts';
import { EARLY_SCRIPT_HASH } from './src/build/early-script.ts';
import { siteOrigin } from './src/lib/site-origin.ts';
import { clientTarget } from './src/build/browser-target.ts';

/** Deploying under a sub-path (https://www.example.gov.cn/12345/): BASE_PATH=/12345/ npm run build. */
const base = process.env.BASE_PATH ?? '/';
/**
 * Where the site is published, for the absolute URLs in QR codes, posters and the embed code:
 * SITE_ORIGIN=https://12345.example.gov.cn npm run build. Without it only a preview builds (PREVIEW=1).
 */
let site;
try {
  site = siteOrigin(process.env).origin;
} catch (error) {
  // One sentence, no stack: the person building has a setting to add, not a bug to read.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

export default defineConfig({
  site,
  base,
  // Tests and the benchmark build several sites side by side; each keeps its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Precompression last: it compresses sw.js and embed.js too.
  integrations: [preact(), standaloneScripts(), precompressed()],
  trailingSlash: 'always',
  // No Markdown code blocks here, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  // A strict CSP in a <meta> on every page: Astro hashes the scripts and styles it
  // processes; our one is:inline script is hashed in src/build/early-script.ts.
  // frame-ancestors cannot be set in a meta: deploy/nginx.conf sends it as a header.
  security: {
    csp: {
      scriptDirective: { hashes: [EARLY_SCRIPT_HASH] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
  // Four pages at a time: each answer's QR PNG is encoded in sharp's threads while the next pages render
  // (a full build 157 s → 129 s on 2 cores, the same files).
  build: { format: 'directory', concurrency: 4 },
  // A component's script is a file of its own, never inlined into each page (Astro inlines small ones):
  // fetched once for every page, precached for offline, and out of the answer's first round trip.
  // clientTarget: every client bundle is written for the oldest phones the site supports (src/build/browser-target.ts).
  vite: { plugins: [clientTarget()], build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
});
