import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { precompress } from '../build/precompress.ts';

/** After every other step of the build (sw.js included): the compressed copies of its text files (src/build/precompress.ts). */
export function precompressed(): AstroIntegration {
  return {
    name: 'hotline-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { files, bytes, gz, br } = await precompress(fileURLToPath(dir));
        const mb = (n: number) => (n / 1e6).toFixed(1);
        logger.info(
          `precompressed ${files} files, ${mb(bytes)} MB: .gz ${mb(gz)} MB, .br ${mb(br)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
