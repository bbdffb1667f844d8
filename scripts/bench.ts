/**
 * The project's benchmark: sizes against DESIGN.md's budgets and search
 * latency, on the built dist/. Run `npm run bench`; it prints a Markdown
 * report to paste into BENCHMARKS.md. Timings belong here, never in tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { createSearch } from '../src/lib/search/rank.ts';
import type { SearchFile } from '../src/lib/search/entry.ts';

const dist = new URL('../dist/', import.meta.url);
const gz = (path: string) => gzipSync(readFileSync(new URL(path.replace(/^\//, ''), dist)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(2)} ms`;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

// Queries of every kind the search handles.
const QUERIES = ['12369', '1236', '１２３６９', '+86 123-69', '噪音', '环保', '工资拖欠', '公积金', '環保', 'huanbao', 'gjj', 'tax', '假货', '医保', '火星人'];
const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};

say(`Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform} ${process.arch}, Node ${process.version}.`);
say();

// 1. Search in Node, every region's own file.
say('## Search in Node (createSearch over each region file)');
say();
say('| file | entries | gzip | p50 | p99 |');
say('| --- | --- | --- | --- | --- |');
const files = readdirSync(new URL('search/', dist)).filter((f) => f.endsWith('.json') && f !== 'regions.json');
const all: number[] = [];
let largest = { file: '', bytes: 0 };
for (const file of files) {
  const data = JSON.parse(readFileSync(new URL(`search/${file}`, dist), 'utf8')) as SearchFile;
  const search = createSearch(data.entries, data.t2s);
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      search(q);
      times.push(performance.now() - t0);
    }
  }
  all.push(...times);
  const bytes = gz(`search/${file}`);
  if (bytes > largest.bytes) largest = { file, bytes };
  if (['350500.json', '445100.json', '220100.json', 'national.json'].includes(file)) {
    say(`| ${file} | ${data.entries.length} | ${kb(bytes)} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 99))} |`);
  }
}
say(`| all ${files.length} files | | largest ${kb(largest.bytes)} (${largest.file}) | ${ms(percentile(all, 50))} | ${ms(percentile(all, 99))} |`);
say(`| regions.json (region picker) | | ${kb(gz('search/regions.json'))} | | |`);
say();

// 2. In Chromium: bytes per page, and keystroke to results on screen.
const server = await preview({ root: new URL('..', import.meta.url).pathname, logLevel: 'error', server: { host: '127.0.0.1', port: 4398 } });
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const origin = 'http://127.0.0.1:4398';

say('## Bytes per page (gzip -9 of the files the page loads)');
say();
say('| page | HTML + CSS | JS | budget |');
say('| --- | --- | --- | --- |');
for (const path of ['/350500/12369/', '/350500/', '/', '/n/12369/']) {
  const page = await browser.newPage();
  const loaded: string[] = [];
  page.on('response', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.close();
  const file = (p: string) => (p.endsWith('/') ? `${p}index.html` : p);
  const html = loaded.filter((p) => p.endsWith('/') || p.endsWith('.html') || p.endsWith('.css')).reduce((n, p) => n + gz(file(p)), 0);
  const js = loaded.filter((p) => p.endsWith('.js')).reduce((n, p) => n + gz(p), 0);
  say(`| ${path} | ${kb(html)} | ${kb(js)} | HTML + CSS ≤ 14 KB on answer pages; JS ≤ 30 KB |`);
}
say();

say('## Keystroke to results on screen, Chromium, /350500/');
say();
say('Time from the input event to the results list changing in the DOM, per query; CPU throttled through the DevTools protocol; 4× is Lighthouse’s setting for a mid-tier phone.');
say();
say('| CPU | p50 | p95 | max | one frame |');
say('| --- | --- | --- | --- | --- |');
for (const rate of [1, 4, 6]) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${origin}/350500/`);
  await page.locator('astro-island:not([ssr]) #hotline-search').waitFor();
  // The search file loads on hydration; wait until a query can answer.
  await page.fill('#hotline-search', '12369');
  await page.locator('#hotline-search-results [role="option"]').first().waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      times.push(
        await page.evaluate(async (query) => {
          const input = document.querySelector<HTMLInputElement>('#hotline-search')!;
          const type = (value: string) =>
            new Promise<number>((resolve) => {
              const t0 = performance.now();
              const changed = new MutationObserver(() => {
                changed.disconnect();
                resolve(performance.now() - t0);
              });
              changed.observe(input.form!, { subtree: true, childList: true, characterData: true, attributes: true });
              input.value = value;
              input.dispatchEvent(new Event('input', { bubbles: true }));
            });
          // From an empty box, so every query changes what is on screen.
          await type('');
          return type(query);
        }, q),
      );
    }
  }
  await page.close();
  const p95 = percentile(times, 95);
  say(`| ${rate === 1 ? 'not throttled' : `${rate}× slower`} | ${ms(percentile(times, 50))} | ${ms(p95)} | ${ms(Math.max(...times))} | ${p95 <= 16 ? 'yes (≤ 16 ms at p95)' : 'no'} |`);
}
say();
await browser.close();
await server.stop();
