import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, useBrowserAndSite } from '../support/e2e.ts';
import { stubSpeech } from '../support/speech.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// One page of each type, in both colour schemes and in the large-text mode.
// Pages with a search are also checked with results on screen.
const showResults = (page: Page) => page.locator('[role="option"]').first().waitFor();
const pages: [name: string, path: string, ready?: (page: Page) => Promise<void>][] = [
  ['home', '/'],
  ['home, search results', `/?q=${encodeURIComponent('环保')}`, showResults],
  ['home, a shared place name\'s results', `/?q=${encodeURIComponent('鼓楼区')}`, showResults],
  ['region', '/350500/'],
  ['region, search results', '/350500/?q=1236', showResults],
  ['region, no match', `/350500/?q=${encodeURIComponent('火星人')}`, (page) => page.locator('.search-none').waitFor()],
  ['region without a list', '/440100/'],
  ['answer', '/350500/12369/'],
  ['answer, not mentioned', '/445100/12300/'],
  // The crisis line's national page: its 110 / 120 line, the quoted hours, the folded 2021 rows.
  ['number', '/n/12356/'],
  ['emergency number', '/n/110/'],
  ['not found', '/404.html'],
  ['server unavailable (403, 5xx)', '/500.html'],
  ['offline', '/offline/'],
  // A crisis phrase: the notice and its call buttons above the results.
  ['embed widget', `/embed/350500/?q=${encodeURIComponent('活不下去')}`, showResults],
  ['embed builder', '/embed/'],
  ['poster', '/350500/poster/'],
  ['one number’s poster', '/510000/12369/poster/'],
  ['source document at a cited row', '/sources/chaozhou-2021/#s1-row-12'],
  ['an answer of a list held in part, with its notice', '/450100/12396/'],
  // The other languages: English quotes Chinese inside marked spans; traditional is converted text.
  ['answer in English', '/en/350500/12366/'],
  ['home in English, a place with a problem', `/en/?q=${encodeURIComponent('Jinjiang pension')}`, showResults],
  ['region in traditional characters', '/zh-hant/445100/'],
  ['source document in English, at an entry of a cell', '/en/sources/sichuan-2021/#s2-row-11'],
  ['national changes and the review record', '/changes/'],
];

const ALL_RULES = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };
/**
 * Dark mode and 长辈版 change a page's styles, never its markup: there axe runs the rules that read
 * colours (contrast, links told apart from text) and, in 长辈版, layout too (target size, a wide box
 * that now scrolls). The rules that read only markup (names, roles, landmarks) would find the same
 * as in light mode, where every rule runs. All three are checked in one visit, switched in turn.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const modes = [
  { mode: 'light', rules: ALL_RULES },
  { mode: 'dark', rules: { type: 'rule', values: COLOUR_RULES } },
  { mode: 'large text', rules: { type: 'rule', values: [...COLOUR_RULES, 'target-size', 'scrollable-region-focusable'] } },
] as const;

const site = useBrowserAndSite(4392);

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/** The page in a mode: the colour scheme the phone asks for, or 长辈版 as the early script sets it from the saved choice. */
async function switchTo(page: Page, mode: (typeof modes)[number]['mode']) {
  await page.emulateMedia({ colorScheme: mode === 'dark' ? 'dark' : 'light' });
  if (mode === 'large text') {
    await page.evaluate(() => {
      localStorage.setItem('text-size', 'large');
      document.documentElement.classList.add('large');
    });
  }
}

describe('axe-core finds no violations, in light and dark mode and in 长辈版 (large text)', () => {
  it.each(pages)('%s page', async (_, path, ready) => {
    // bypassCSP: axe is injected as an inline script, which the site's CSP rightly refuses.
    const context = await newContext(site.browser, { colorScheme: 'light', viewport: { width: 390, height: 844 }, bypassCSP: true });
    // Voices on the device: answer pages show their read-aloud button.
    await stubSpeech(context);
    const page = await context.newPage();
    const response = await page.goto(site.origin + path);
    expect(response?.status(), path).toBe(200);
    await ready?.(page);
    await page.addScriptTag({ content: axeSource });
    const found: string[] = [];
    for (const { mode, rules } of modes) {
      await switchTo(page, mode);
      const result = (await page.evaluate(
        (runOnly) =>
          (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({
            // Violations are found the same way; axe only skips writing out every node that passed.
            resultTypes: ['violations'],
            runOnly,
          }),
        rules,
      )) as AxeResult;
      found.push(...result.violations.map((v) => `${mode}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    }
    // 长辈版 took: the text is large by then (a page that ignored the class would pass unmeasured).
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });
});

// axe's contrast and scrolling checks, like the reflow, tap-target and poster checks, measure the
// layout; it must be the glyphs a phone draws, not whatever fallback a machine happens to have.
describe('the layout these checks measure', () => {
  it('sets Chinese in Noto Sans CJK (Debian’s fonts-noto-cjk, installed by scripts/system-deps.sh)', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/350500/12369/`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#verdict' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    await context.close();
    // Its six Han characters at least; the digits may come from the Latin font.
    const cjk = fonts.filter((f) => /^Noto Sans CJK/.test(f.familyName)).reduce((n, f) => n + f.glyphCount, 0);
    expect(cjk, `glyphs of 已停用，请拨打 12345 drawn in Noto Sans CJK (fonts used: ${fonts.map((f) => f.familyName).join(', ')}); run scripts/system-deps.sh`).toBeGreaterThanOrEqual(6);
  });
});
