/**
 * A smoke run in the browsers citizens use: Chromium as installed (every other page test runs in its headless
 * shell, the same engine), Firefox (Gecko) and WebKit (Safari's engine, the only one on an iPhone, WeChat's in-app
 * browser included). One browser start each, a few visits as a citizen makes them: an answer, the home question,
 * a region's search, 长辈版, and the answer again offline after one visit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumBrowser, launchFirefox, launchWebKit, waitFor, type Engine } from '../support/engines.ts';
import { serveDist } from '../support/site-server.ts';
import { SEARCH } from '../support/e2e.ts';

const { box, options } = SEARCH;
const [width, height] = [360, 740];

describe.each([
  ['Chromium', 4415, () => launchChromiumBrowser(width, height)],
  ['Firefox ESR', 4412, () => launchFirefox(width, height)],
  ['WebKitGTK', 4413, () => launchWebKit(4414, width, height)],
] as const)('%s', (_, port, launch) => {
  let engine: Engine;
  let site: { origin: string; stop: () => Promise<void> };
  let stopped = false;
  beforeAll(async () => {
    site = await serveDist(port);
    engine = await launch();
  }, 60_000);
  afterAll(async () => {
    await engine?.close();
    if (!stopped) await site?.stop();
  });

  const live = () => waitFor(engine, `astro-island:not([ssr]) ${box}`);
  // The first result once it is `expected`: results settle as data arrives (the place names after the first keystroke).
  const firstResult = (expected: string) => waitFor<string>(engine, `#hotline-search-results li:first-child [href="${expected}"]`, '(a) => a.getAttribute("href")').catch(async (error: Error) => {
    throw new Error(`${error.message}; the first result: ${await engine.run('(s) => document.querySelector(s) && document.querySelector(s).getAttribute("href")', options)}`);
  });

  it('shows an answer with its call button', async () => {
    await engine.goto(`${site.origin}/350500/12369/`);
    expect(await waitFor<string>(engine, '.verdict', '(p) => p.textContent')).toContain('已停用');
    expect(await waitFor<string>(engine, '.call.primary', '(a) => a.getAttribute("href")')).toBe('tel:12345');
    // The first visit to a region's page saves the region for offline use (the last test reads it).
    await waitFor(engine, 'html[data-offline="ready"]', undefined, 30_000);
  });

  it('answers the home question 晋江 社保 with 泉州’s page for 12333', async () => {
    await engine.goto(`${site.origin}/`);
    await live();
    await engine.type(box, '晋江 社保');
    expect(await firstResult('/350500/12333/#via-350582')).toBe('/350500/12333/#via-350582');
  });

  it('searches a region’s lines', async () => {
    await engine.goto(`${site.origin}/350500/`);
    await live();
    await engine.type(box, '噪音');
    expect(await firstResult('/350500/12369/')).toBe('/350500/12369/');
  });

  it('switches 长辈版 on', async () => {
    await engine.click('[data-text-size]');
    expect(await waitFor<string>(engine, '[data-text-size][aria-pressed="true"]', '() => getComputedStyle(document.body).fontSize')).toBe('30px');
  });

  it('shows an answer of the region visited, with the site gone', async () => {
    // The first test's visit saved the region; the server stops, as a connection drops.
    await site.stop();
    stopped = true;
    await engine.goto(`${site.origin}/350500/12366/`);
    expect(await waitFor<string>(engine, '.verdict', '(p) => p.textContent')).toBeTruthy();
    expect(await engine.run<string>('() => location.pathname')).toBe('/350500/12366/');
  });
});
