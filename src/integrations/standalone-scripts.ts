import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import { injectManifest } from 'workbox-build';

/** What the service worker precaches: the shell, the home and offline pages, and the data every page needs. */
export const PRECACHE = [
  'index.html',
  'offline/index.html',
  '404.html',
  '_astro/**/*.{js,css}',
  'search/national.json',
  'search/regions.json',
  'manifest.webmanifest',
  'icons/*.{png,svg}',
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
            target: 'es2020',
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
