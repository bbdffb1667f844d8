import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import { injectManifest } from 'workbox-build';
import { LOCALES, localeRoot } from '../i18n/locales.ts';
import { BROWSER_TARGET, ESBUILD_SUPPORTED } from '../build/browser-target.ts';

/**
 * What the service worker precaches: the shell, the default language's home
 * page and its data (the emergency numbers and crisis words among them), and in
 * every language the offline page and the manifest.
 * Another language's pages and search data are saved as they are visited
 * (network first), like any region: its home page and regions data
 * (about 100 KB per language at national scale) would break the precache budget.
 */
export const PRECACHE = [
  '404.html',
  '_astro/**/*.{js,css}',
  // Only the icons pages link to: the manifest's large ones are fetched by the browser when it installs the site, online.
  'icons/{icon.svg,apple-touch-icon.png}',
  'index.html',
  'search/national.json',
  'search/regions.json',
  'search/safety.json',
  ...LOCALES.map(localeRoot).flatMap((root) => ['offline/index.html', 'manifest.webmanifest'].map((file) => `${root}${file}`)),
];

/**
 * Writes dist/embed.js (the partner sites' loader) and dist/sw.js after the build: src/sw/service-worker.ts bundled with
 * esbuild, then Workbox's injectManifest adds the precache list with a hash of
 * each file, so a new deployment changes sw.js and the browser sees the update.
 * (The ready-made PWA plugins do not support Astro 7.)
 */
export function standaloneScripts(): AstroIntegration {
  return {
    name: 'hotline-standalone-scripts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const bundled = `${out}sw.src.js`;
        const bundle = (entry: string, outfile: string) =>
          build({
            entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
            bundle: true,
            minify: true,
            format: 'iife',
            target: BROWSER_TARGET,
            supported: ESBUILD_SUPPORTED,
            outfile,
            define: { 'process.env.NODE_ENV': '"production"' },
            logLevel: 'warning',
          });
        // The partner sites' loader is a plain script too, outside Astro's pages.
        await bundle('../embed/loader.ts', `${out}embed.js`);
        await bundle('../sw/service-worker.ts', bundled);
        const { count, size, warnings } = await injectManifest({
          swSrc: bundled,
          swDest: `${out}sw.js`,
          globDirectory: out,
          globPatterns: PRECACHE,
          // Astro's hashed file names already change with their content.
          dontCacheBustURLsMatching: /\/_astro\//,
        });
        rmSync(bundled);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
