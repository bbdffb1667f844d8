import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's two builds of Chromium, from one source package at one version: the browser a person installs, and its
 * headless shell — the same Blink and V8 without the browser's own layer (its tabs, profiles, extensions). The pages
 * are tested in the shell: a new context and page cost it a third of the CPU (12 contexts each loading a page, all
 * processes: 3.5 s against 10.4 s, 2026-12-07), and nearly every browser test opens its own. A document a clerk
 * prints is printed by the browser (the importer's PDF tests, scripts/import/relayouts.ts): the shell prints the same
 * table into other text runs. A citizen's first visits are walked in the browser too (tests/e2e/other-engines.browser.test.ts).
 * (Playwright drives the same shell when it runs Chromium headless.)
 */
export const CHROMIUM = { shell: '/usr/bin/chromium-headless-shell', browser: '/usr/bin/chromium' };

/** Debian's Chromium (the headless shell unless the browser is asked for), started so that it makes no connection of its own. */
export function launchChromium(build: keyof typeof CHROMIUM = 'shell'): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? CHROMIUM[build],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Each test opens its pages in a fresh context; Chromium would start a renderer process for each.
      // Two, reused, cost 5–10 % less CPU over the search, accessibility and design files (2026-12-07,
      // CPU measured in a cgroup); storage stays apart by context whatever the process.
      '--renderer-process-limit=2',
    ],
  });
}
