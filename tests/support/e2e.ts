import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveDist } from './site-server.ts';

/**
 * For a browser test file: Debian's Chromium and the built site on loopback,
 * started before its tests and stopped after. Read the fields inside tests.
 */
export function useBrowserAndSite(port: number): { browser: Browser; origin: string } {
  const live = useBrowser() as { browser: Browser; origin: string };
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const site = await serveDist(port);
    live.origin = site.origin;
    stop = site.stop;
  });
  afterAll(async () => {
    await stop?.();
  });
  return live;
}

/** For a browser test file that runs its own servers: Debian's Chromium, started once. */
export function useBrowser(): { browser: Browser } {
  const live = {} as { browser: Browser };
  beforeAll(async () => {
    live.browser = await launchChromium();
  });
  afterAll(async () => {
    await live.browser?.close();
  });
  return live;
}
