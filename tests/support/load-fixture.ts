import { fileURLToPath } from 'node:url';
import { loadContent, type Content } from '../../src/lib/content/load.ts';
import { DataError } from '../../src/lib/content/data-error.ts';
import { allRegions } from '../../src/lib/places/regions.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const codes = new Set(allRegions().map((r) => r.code));
export const isRegion = (code: string) => codes.has(code);

/** Loads tests/fixtures/<scenario>/content the way the build loads content/. */
export function loadFixture(scenario: string): Content {
  return loadContent(`${repoRoot}tests/fixtures/${scenario}/content`, isRegion, repoRoot);
}

/** The message a data editor sees for a broken fixture; fails if it loads. */
export function messageOf(scenario: string): string {
  try {
    loadFixture(scenario);
  } catch (error) {
    if (error instanceof DataError) return error.message;
    throw error;
  }
  throw new Error(`fixture ${scenario} loaded without a problem`);
}
