import { existsSync, readFileSync } from 'node:fs';
import { testBuild } from './builds.ts';
import { LOCALE_ROOT_PATTERN } from '../../src/i18n/locales.ts';

/** dist/, the site as published. A test file that reads it stops at once, saying so, when it is missing or older than its sources. */
export const distDir = testBuild('site', false).dir;

/** Where a build without SITE_ORIGIN says the site is published (astro.config.mjs): in QR codes and hreflang alternates. */
export const siteOrigin = 'http://127.0.0.1:4321';

/** A region or answer page of dist/ under any language's root: `350500/12369/index.html`, `en/350500/`…; groups: root, region. */
export const PAGE_PATH = new RegExp(`^(${LOCALE_ROOT_PATTERN})(\\d{6})/(?:\\d+/)?index\\.html$`);

/** Reads a JSON file of the built site; fails clearly when the build has not run. */
export function readDistJson<T = unknown>(path: string): T {
  const file = distDir + path;
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm test\` (it builds first) or \`npm run build\``);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
