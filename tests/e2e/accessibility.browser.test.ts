import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serveDist } from '../support/site-server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// One page of each type, in both colour schemes and in the large-text mode.
const pages = {
  home: '/',
  region: '/350500/',
  'region without a list': '/440100/',
  answer: '/350500/12369/',
  'answer, not mentioned': '/445100/12300/',
  number: '/n/12369/',
  'not found': '/404.html',
};

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), serveDist(4392)]);
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

describe.each(['light', 'dark'] as const)('axe-core finds no violations (%s scheme)', (colorScheme) => {
  it.each(Object.entries(pages))('%s page', async (_, path) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const response = await page.goto(site.origin + path);
    expect(response?.status(), path).toBe(200);
    await page.addScriptTag({ content: axeSource });
    const result = (await page.evaluate(() =>
      (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      }),
    )) as AxeResult;
    await context.close();
    const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  });
});
