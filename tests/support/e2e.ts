import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveDist } from './site-server.ts';

/**
 * For a browser test file: Debian's Chromium and the built site on loopback,
 * started before its tests and stopped after. Read the fields inside tests.
 */
export function useBrowserAndSite(port: number): { browser: Browser; origin: string } {
  const live = {} as { browser: Browser; origin: string };
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const [browser, site] = await Promise.all([launchChromium(), serveDist(port)]);
    Object.assign(live, { browser, origin: site.origin });
    stop = site.stop;
  });
  afterAll(async () => {
    await live.browser?.close();
    await stop?.();
  });
  return live;
}
