/**
 * The benchmark: builds the site at seed scale and at national scale, and
 * measures every figure DESIGN.md budgets, next to its budget. Writes
 * BENCHMARKS.md and BENCHMARKS.json. Timings belong here, never in tests.
 *
 *   npm run bench
 *   npm run bench -- --keystrokes   # only the query set and keystroke timings, on the dist/ already built; writes nothing
 *   npm run bench -- --coverage     # only coverage by kind of source, from content/ (no build); writes nothing
 *
 * BENCH_PORT (default 4398) is where it serves the site.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem, platform, arch } from 'node:os';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import lighthouse from 'lighthouse';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BUDGETS, brotlied, checkBudgets, filesUnder, gzipped, pageWeight, precache } from './budgets.ts';
import { writeNationalContent } from './national-content.ts';
import { astroBuild } from './astro-build.ts';
import { measureLayoutShift } from './layout-shift.ts';
import { searchEngineLines, searchEngineSizes } from './search-engine-sizes.ts';
import { createSearch } from '../src/lib/search/rank.ts';
import type { SafetyFile, SearchFile } from '../src/lib/search/entry.ts';
import { createSafetyCheck, withSafety } from '../src/lib/search/safety.ts';
import { loadQueries, runQueries, TARGET, TOP } from './search-queries.ts';
import { LOCALES, localeRoot } from '../src/i18n/locales.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { loadReports } from '../src/lib/content/reports.ts';
import { allRegions } from '../src/lib/places/regions.ts';
import { resolveList } from '../src/lib/engine/resolve.ts';
import { coverage } from '../src/lib/reports/coverage.ts';
import { buildDay } from '../src/lib/dates.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// The benchmark builds and serves loopback previews (astro.config.mjs reads this for `astro preview` here too).
process.env['PREVIEW'] ??= '1';
const dist = join(root, 'dist');
const KB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
/** The time of each call of `f` on each query, over `rounds` rounds, in milliseconds. */
function callTimes(rounds: number, queries: readonly string[], f: (q: string) => unknown): number[] {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      const t0 = performance.now();
      f(q);
      times.push(performance.now() - t0);
    }
  }
  return times;
}
const verdict = (ok: boolean) => (ok ? 'within' : '**over**');

// Queries of every kind the search handles, in a fixed order.
const QUERIES = ['12369', '1236', '１２３６９', '+86 123-69', '噪音', '环保', '工资拖欠', '公积金', '環保', 'huanbao', 'gjj', 'tax', '假货', '医保', '火星人',
  // …and problems as citizens type them: any order, a sentence, tones, a typo, English.
  '拖欠工资', '买到假货', '楼下饭店油烟太大', 'gōngjījīn', '公基金', 'my boss didn’t pay me'];
// Slips of the same sound, matched with the sound table.
const SOUND_QUERIES = ['社宝', '工积金', '环宝', '医宝', '社宝卡丢了', '燥音扰民'];
// The home page's one question, with the place data in: places, area codes, a place with a number or problem.
const PLACE_QUERIES = ['晋江', '0595-12369', '泉州 公积金', 'jinjiang', '鼓楼区', '成都 欠薪', 'Jinjiang pension', '晋江 12369', '武侯区', '0595', '廈門', '火星'];

const md: string[] = [];
const json: Record<string, unknown> = {};
const say = (line = '') => {
  md.push(line);
  console.log(line);
};

/** Builds with the real CLI and times it. */
function timedBuild(outDir: string, env: Record<string, string> = {}): { seconds: number; pages: number; bytes: number } {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const result = astroBuild(outDir, env);
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.output}`);
  const files = filesUnder(outDir);
  return { seconds, pages: files.filter((f) => f.endsWith('.html')).length, bytes: files.reduce((n, f) => n + readFileSync(join(outDir, f)).length, 0) };
}

/** Types a query into the box (empty first) and resolves with the time from the input event to the results changing in the DOM. */
function typeInPage(page: Page, selector: string, query: string): Promise<number> {
  return page.evaluate(
    async ({ selector, query }) => {
      const box = document.querySelector<HTMLInputElement>(selector)!;
      const type = (value: string) =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          const changed = new MutationObserver(() => {
            changed.disconnect();
            resolve(performance.now() - t0);
          });
          changed.observe(box.form!, { subtree: true, childList: true, characterData: true, attributes: true });
          box.value = value;
          box.dispatchEvent(new Event('input', { bubbles: true }));
        });
      if (box.value !== '') await type('');
      return type(query);
    },
    { selector, query },
  );
}

/**
 * A fresh page at the given CPU slowdown, loaded, its island live, its data in and the browser idle: where a
 * citizen starts typing. `focused`: the box has had focus, so data fetched only then (the place data) is in too.
 */
async function openThrottled(browser: Browser, url: string, input: string, rate: number, focused = false): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator(`astro-island:not([ssr]) ${input}`).waitFor();
  if (focused) await Promise.all([page.waitForResponse((r) => r.url().endsWith('/search/places.json')), page.focus(input)]);
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
  return page;
}

/**
 * Keystroke to results, in two parts: the first keystroke on a freshly loaded
 * page (one per load, each query in turn, `loads` loads), and the keystrokes
 * after it (every query, 5 rounds, on one page).
 */
async function keystrokes(browser: Browser, url: string, input: string, queries: readonly string[], rate: number, loads: number, focused: boolean) {
  const first: number[] = [];
  for (let i = 0; i < loads; i++) {
    const page = await openThrottled(browser, url, input, rate, focused);
    first.push(await typeInPage(page, input, queries[i % queries.length]!));
    await page.close();
  }
  const page = await openThrottled(browser, url, input, rate, focused);
  await typeInPage(page, input, queries[0]!);
  const later: number[] = [];
  for (let round = 0; round < 5; round++) for (const query of queries) later.push(await typeInPage(page, input, query));
  await page.close();
  return { first, later };
}

/** The keystroke section: its table rows, and the figures for BENCHMARKS.json. */
async function keystrokeSection(browser: Browser, origin: string): Promise<{ lines: string[]; figures: Record<string, unknown> }> {
  const lines = [
    'From the input event to the results changing in the DOM; CPU throttled through the DevTools protocol (4× is',
    'Lighthouse’s mid-tier phone). **First**: the first keystroke on a freshly loaded page (loaded at that speed,',
    'its data in, the browser idle), one per load, each query in turn. **Later**: every query, 5 rounds, on one page.',
    'Budget: one frame, 16 ms, at the p99.',
    '',
    '| box | CPU | keystroke | samples | median | p99 | p99 within a frame |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const figures: Record<string, unknown> = {};
  for (const [name, path, input, queries, loads, focused] of [
    ['region search, /350500/', '/350500/', '#hotline-search', QUERIES, 45, false],
    ['home page question with the place data in, / (places.json: 3,372 divisions)', '/', '#hotline-search', PLACE_QUERIES, 24, true],
  ] as const) {
    for (const rate of [1, 4]) {
      const times = await keystrokes(browser, origin + path, input, queries, rate, rate === 4 ? loads : 0, focused);
      for (const [which, samples] of Object.entries(times)) {
        if (samples.length === 0) continue;
        const [median, p99] = [percentile(samples, 50), percentile(samples, 99)];
        lines.push(`| ${name} | ${rate === 1 ? 'not throttled' : `${rate}× slower`} | ${which} | ${samples.length} | ${ms(median)} | ${ms(p99)} | ${p99 <= 16 ? 'yes' : '**no**'} |`);
        figures[`${name} ${rate}x ${which}`] = { median, p99, samples: samples.length };
      }
    }
  }
  return { lines, figures };
}

/** The query set's section: its hit rate in each language's built search files. */
function querySection(dist: string): { lines: string[]; figures: Record<string, unknown> } {
  const queries = loadQueries();
  const runs = runQueries(dist, queries);
  const lines = [
    `The project's ${queries.length} queries (tests/search/queries.yaml: problems in everyday words, swapped word order, pinyin`,
    `with and without tones, initials, typos, English, traditional characters, numbers with area codes and +86), each`,
    `with the number expected in the top ${TOP}, on the built search files of every language. Target: ${TARGET * 100}%.`,
    '',
    `| language | in the top ${TOP} | rate | misses |`,
    '| --- | --- | --- | --- |',
    ...runs.map((r) => `| ${r.locale} | ${r.hits} of ${r.total} | ${((100 * r.hits) / r.total).toFixed(1)}% | ${r.misses.map((m) => `${m.query.q} (${m.query.expect})`).join(', ') || 'none'} |`),
  ];
  return { lines, figures: Object.fromEntries(runs.map((r) => [r.locale, { hits: r.hits, total: r.total, misses: r.misses.map((m) => m.query.q) }])) };
}

/** Coverage: region × national number pairs by what answers them today (list, national change, report, none), from content/ alone. */
function coverageSection(): { lines: string[]; figures: Record<string, unknown> } {
  const regions = allRegions();
  const codes = new Set(regions.map((r) => r.code));
  const dir = join(root, 'content');
  const content = loadContent(dir, (code) => codes.has(code), root);
  const { reports } = loadReports(dir, (code) => codes.has(code), root);
  const lists = new Map(content.lists.map((l) => [l.region, l]));
  const numbers = content.catalogue.filter((h) => h.scope === 'national').map((h) => h.number);
  const date = buildDay(process.env);
  const c = coverage(regions, (r) => resolveList(r, lists), numbers, date, content.changes, reports);
  const pct = (n: number) => `${((100 * n) / c.pairs).toFixed(2)}%`;
  const lines = [
    `${regions.length} regions × ${numbers.length} national numbers = ${c.pairs} pairs, answered on ${date} (src/lib/reports/coverage.ts):`,
    '',
    '| answered by | pairs | share |',
    '| --- | --- | --- |',
    `| a list (own or inherited) | ${c.list} | ${pct(c.list)} |`,
    `| a national change | ${c.change} | ${pct(c.change)} |`,
    `| a report naming the number | ${c.reportNamed} | ${pct(c.reportNamed)} |`,
    `| a report on all the region's lines | ${c.reportAll} | ${pct(c.reportAll)} |`,
    `| none | ${c.none} | ${pct(c.none)} |`,
    '',
    `Of the pairs a report names, ${c.reportNamedPart} concern part of the region only (雄安新区, 大冶市). A report is what an outlet said,`,
    'not a list: it fills silence and never decides; counts alone answer no pair.',
  ];
  return { lines, figures: c };
}

if (process.argv.includes('--coverage')) {
  for (const line of coverageSection().lines) console.log(line);
  process.exit(0);
}

const port = Number(process.env['BENCH_PORT'] ?? 4398);
const origin = `http://127.0.0.1:${port}`;
const launch = (extra: string[] = []) =>
  chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...extra],
  });

/**
 * The safety check alone (createSafetyCheck on the built 350500.json with safety.json joined), on
 * sentences of about 30 characters, the length a person in distress writes: it runs on every keystroke
 * before the search, so it must cost well under a millisecond.
 */
function safetySection(dist: string): { lines: string[]; figures: Record<string, number> } {
  const read = (file: string) => JSON.parse(readFileSync(join(dist, 'search', file), 'utf8')) as SearchFile;
  const check = createSafetyCheck(withSafety(read('350500.json'), read('safety.json') as SafetyFile));
  const sentences = ['我真的好累好累不想再这样活下去了怎么办才好啊谁能帮帮我', '楼下邻居家里装修太吵了每天早上七点就开始打电钻怎么投诉', "I really don't want to be alive anymore, nobody would care", '家里老人突然晕倒了叫不醒怎么办快点告诉我该打哪个电话'];
  // Prepared as the page prepares it: the first runs compile the matcher, as the page's warm-up queries do.
  for (const q of sentences) check(q);
  const times = callTimes(200, sentences, check);
  const figures = { p50: percentile(times, 50), p99: percentile(times, 99) };
  const us = (x: number) => `${(x * 1000).toFixed(0)} µs`;
  return { lines: [`The safety check of a 30-character sentence, in Node (${times.length} runs): p50 ${us(figures.p50)}, p99 ${us(figures.p99)}.`], figures };
}

if (process.argv.includes('--safety')) {
  for (const line of safetySection(dist).lines) console.log(line);
  process.exit(0);
}

if (process.argv.includes('--keystrokes')) {
  // The quick run: no builds, nothing written; the figures a search change is judged by.
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port } });
  const browser = await launch();
  for (const line of querySection(dist).lines) console.log(line);
  console.log();
  for (const line of (await keystrokeSection(browser, origin)).lines) console.log(line);
  await browser.close();
  await server.stop();
  process.exit(0);
}

const machine: Record<string, string> = {
  date: new Date().toISOString().slice(0, 10),
  cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  os: `${platform()} ${arch()}`,
  node: process.version,
};

// 0. The test suites, as a contributor runs them: first, so nothing else competes for the cores.
function timedScript(script: string): { seconds: number; tests: string } {
  const started = performance.now();
  const run = spawnSync('npm', ['run', '-s', script], { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  const seconds = (performance.now() - started) / 1000;
  const tests = /Tests\s+(.+?)\s*\(\d+\)/.exec(run.stdout)?.[1] ?? 'did not run';
  if (run.status !== 0) console.error(`npm run ${script} failed:\n${run.stdout.slice(-5000)}\n${run.stderr.slice(-5000)}`);
  return { seconds, tests: run.status === 0 ? tests : `**failed** (${tests})` };
}
const suite = { full: timedScript('test'), quick: timedScript('test:quick') };

// 1. Builds.
const seed = timedBuild(dist, { ASTRO_CACHE_DIR: join(root, 'node_modules/.astro') });
const nationalDir = join(root, '.tmp/bench-national');
rmSync(nationalDir, { recursive: true, force: true });
const generated = writeNationalContent(join(nationalDir, 'content'));
const national = timedBuild(join(nationalDir, 'dist'), { CONTENT_DIR: join(nationalDir, 'content'), ASTRO_CACHE_DIR: join(nationalDir, 'cache') });
const seedBudgets = checkBudgets(dist);
const nationalBudgets = checkBudgets(join(nationalDir, 'dist'));

const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port } });
const browser: Browser = await launch(['--remote-debugging-port=9339']);
machine['chromium'] = browser.version();
json['machine'] = machine;

say('# Benchmarks');
say();
say('Written by `npm run bench` (scripts/bench.ts); do not edit by hand. Timings vary from run to run by ±30% or more:');
say('read them as orders of magnitude and run the command again before relying on one. Sizes are exact, and the');
say('size budgets are also held by tests (tests/build/budgets.test.ts, tests/build/national-scale.test.ts).');
say();
say(`Machine: ${machine['cpu']}, ${machine['memory']}, ${machine['os']}, Node ${machine['node']}, Chromium ${machine['chromium']}; ${machine['date']}.`);
say();

say('## Builds');
say();
say('| scale | lists | pages | output | build time | budgets |');
say('| --- | --- | --- | --- | --- | --- |');
say(`| seed (the five real lists) | 5 | ${seed.pages} | ${(seed.bytes / 2 ** 20).toFixed(0)} MB | ${seed.seconds.toFixed(0)} s | ${seedBudgets.broken.length === 0 ? 'all hold' : seedBudgets.broken.join('; ')} |`);
say(`| national (every prefecture, generated) | ${generated.lists} | ${national.pages} | ${(national.bytes / 2 ** 20).toFixed(0)} MB | ${national.seconds.toFixed(0)} s | ${nationalBudgets.broken.length === 0 ? 'all hold' : nationalBudgets.broken.slice(0, 3).join('; ')} |`);
say();
say('## Test suites');
say();
say('| command | what it runs | time | tests |');
say('| --- | --- | --- | --- |');
say(`| \`npm test\` | every test, after the builds it needs (scripts/test-builds.ts) | ${suite.full.seconds.toFixed(0)} s | ${suite.full.tests} |`);
say(`| \`npm run test:quick\` | unit, content and data tests: no build, no browser | ${suite.quick.seconds.toFixed(0)} s | ${suite.quick.tests} |`);
say();
json['testSuites'] = suite;
json['builds'] = { seed: { ...seed, budgets: seedBudgets }, national: { ...national, lists: generated.lists, lines: generated.lines, budgets: nationalBudgets } };

// 2. Page weight.
say('## Page weight (what each page loads)');
say();
say('| page | HTML + CSS gzip | HTML + CSS brotli | JS gzip | JS brotli | budget |');
say('| --- | --- | --- | --- | --- | --- |');
const weights: Record<string, unknown> = {};
for (const [name, path] of [
  ['answer', '350500/12369/'],
  ['region', '350500/'],
  ['home', ''],
  ['number', 'n/12369/'],
  ['offline', 'offline/'],
  // English text is the longest; traditional characters are the same count as simplified.
  ['answer, English', 'en/350500/12366/'],
  ['region, traditional', 'zh-hant/350500/'],
] as const) {
  const html = join(dist, path, 'index.html');
  const weight = pageWeight(dist, '/', html);
  const htmlCssBrotli = brotlied(html) + weight.cssFiles.reduce((n, f) => n + brotlied(join(dist, f)), 0);
  const jsBrotli = weight.jsFiles.reduce((n, f) => n + brotlied(join(dist, f)), 0);
  const budget = name.startsWith('answer') ? `HTML + CSS ≤ ${KB(BUDGETS.answerHtmlCss)}: ${verdict(weight.htmlCss <= BUDGETS.answerHtmlCss)}; ` : '';
  say(`| ${name} (/${path}) | ${KB(weight.htmlCss)} | ${KB(htmlCssBrotli)} | ${KB(weight.js)} | ${KB(jsBrotli)} | ${budget}JS ≤ ${KB(BUDGETS.pageJs)}: ${verdict(weight.js <= BUDGETS.pageJs)} |`);
  weights[name] = { htmlCssGzip: weight.htmlCss, htmlCssBrotli, jsGzip: weight.js, jsBrotli };
}
const cached = precache(dist);
say();
say(`Service worker precache: ${cached.files.length} files, ${KB(cached.bytes)} (budget ${KB(BUDGETS.precache)}: ${verdict(cached.bytes <= BUDGETS.precache)}). At national scale: ${KB(nationalBudgets.precache.bytes)}.`);
say();
json['pages'] = weights;
json['precache'] = { seed: cached.bytes, national: nationalBudgets.precache.bytes };

// 2b. What search engines and chat previews fetch, at national scale (every page built).
say('## Sitemaps and share pictures, at national scale');
say();
const seo = searchEngineSizes(join(nationalDir, 'dist'), join(nationalDir, 'content'));
for (const line of searchEngineLines(seo)) say(line);
say();
json['searchEngines'] = seo;

// 3. Search data and search in Node.
say('## Search data, and search in Node');
say();
say('| file | entries | gzip | brotli | search p50 | search p99 |');
say('| --- | --- | --- | --- | --- | --- |');
const searchFiles = filesUnder(join(dist, 'search')).filter((f) => !['regions.json', 'places.json', 'other-names.json', 'sounds.json', 'safety.json'].includes(f));
const nodeTimes: number[] = [];
const searchRows: Record<string, unknown> = {};
for (const file of searchFiles) {
  const data = JSON.parse(readFileSync(join(dist, 'search', file), 'utf8')) as SearchFile;
  const search = createSearch(data);
  const times = callTimes(20, QUERIES, search);
  nodeTimes.push(...times);
  const row = { entries: data.entries.length, gzip: gzipped(join(dist, 'search', file)), brotli: brotlied(join(dist, 'search', file)), p50: percentile(times, 50), p99: percentile(times, 99) };
  searchRows[file] = row;
  if (['350500.json', '445100.json', 'national.json'].includes(file)) {
    say(`| ${file} | ${row.entries} | ${KB(row.gzip)} | ${KB(row.brotli)} | ${ms(row.p50)} | ${ms(row.p99)} |`);
  }
}
say(`| all ${searchFiles.length} hotline files | | largest ${KB(Math.max(...Object.values(searchRows).map((r) => (r as { gzip: number }).gzip)))} (budget ${KB(BUDGETS.searchFile)}) | | ${ms(percentile(nodeTimes, 50))} | ${ms(percentile(nodeTimes, 99))} |`);
// The safety file every page joins to its own (precached), with its own budget.
const safetyFiles: Record<string, unknown> = {};
for (const file of LOCALES.map((l) => `${localeRoot(l)}search/safety.json`)) {
  const data = JSON.parse(readFileSync(join(dist, file), 'utf8')) as SafetyFile;
  const patterns = data.entries.reduce((n, e) => n + (e.first?.length ?? 0), data.crisis.first.length);
  const features = Object.keys(data.model?.weights ?? {}).length;
  safetyFiles[file] = { patterns, features, gzip: gzipped(join(dist, file)), brotli: brotlied(join(dist, file)) };
  say(`| ${file} (every page: the safety patterns and words, and the learned score of danger; precached; budget ${KB(BUDGETS.safetyFile)}) | ${patterns} patterns, ${features} features | ${KB(gzipped(join(dist, file)))} | ${KB(brotlied(join(dist, file)))} | | |`);
}
json['safetyFiles'] = safetyFiles;
for (const file of LOCALES.map((l) => `${localeRoot(l)}search/regions.json`)) {
  const regions = (JSON.parse(readFileSync(join(dist, file), 'utf8')) as { regions: unknown[] }).regions.length;
  say(`| ${file} (home page: regions, precached) | ${regions} | ${KB(gzipped(join(dist, file)))} | ${KB(brotlied(join(dist, file)))} | | |`);
}
// The place data, and the former names and zones fetched only when a query finds no current name.
for (const [name, when, budget] of [
  ['places.json', 'places, when typing starts', BUDGETS.placeFile],
  ['other-names.json', 'former names and zones, when a query finds no current name', BUDGETS.otherNames],
] as const) {
  for (const file of LOCALES.map((l) => `${localeRoot(l)}search/${name}`)) {
    const data = JSON.parse(readFileSync(join(dist, file), 'utf8')) as { places?: string; names?: unknown[] };
    const rows = data.places?.split(',').length ?? data.names?.length;
    say(`| ${file} (home page: ${when}; budget ${KB(budget)}) | ${rows} | ${KB(gzipped(join(dist, file)))} | ${KB(brotlied(join(dist, file)))} | | |`);
  }
}
{
  // The sound table: its size, what joining it to a search costs (once, when it arrives), and a keystroke that uses it.
  const file = join(dist, 'search', 'sounds.json');
  const { sounds } = JSON.parse(readFileSync(file, 'utf8')) as { sounds: string };
  const search = createSearch(JSON.parse(readFileSync(join(dist, 'search', '350500.json'), 'utf8')) as SearchFile);
  const joins: number[] = [];
  let bySound = search;
  for (let round = 0; round < 20; round++) {
    const t0 = performance.now();
    bySound = search.withSounds(sounds);
    joins.push(performance.now() - t0);
  }
  const times = callTimes(20, SOUND_QUERIES, bySound);
  const characters = [...sounds.replace(/[a-z]/g, '')].length;
  say(`| search/sounds.json (the sound table, every language; fetched when a query matches no word as typed; budget ${KB(BUDGETS.soundFile)}) | ${characters} characters | ${KB(gzipped(file))} | ${KB(brotlied(file))} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 99))} |`);
  say();
  say(`The sound table joined to 350500.json when it arrives: ${ms(percentile(joins, 50))} p50 in Node. Its search times are of ${SOUND_QUERIES.join(', ')} on 350500.json.`);
}
say();
{
  const { lines, figures } = safetySection(dist);
  for (const line of lines) say(line);
  json['safetyCheck'] = figures;
}
say(`Largest search file of any language: ${seedBudgets.largestSearch.file}, ${KB(seedBudgets.largestSearch.gzip)} gzip. The hotline files above are the Simplified Chinese ones; every language's files match the same words.`);
{
  // What the citizens' vocabulary costs: the same file without the words (keywords, English words) and the pinyin table.
  const data = JSON.parse(readFileSync(join(dist, 'search', '350500.json'), 'utf8')) as SearchFile;
  const bare = { ...data, pinyin: '', entries: data.entries.map((e) => ({ ...e, keywords: [], english: [], pinyin: [], initials: [] })) };
  const size = (x: unknown) => gzipSync(JSON.stringify(x), { level: 9 }).length;
  say(`Of 350500.json, the citizens' words (keywords and English words) and the pinyin table they are spelt from take ${KB(size(data) - size(bare))} gzip; word splitting costs no download (the browser's Intl.Segmenter).`);
  json['vocabulary'] = { file: '350500.json', gzip: size(data), withoutWords: size(bare) };
}
say();
json['search'] = searchRows;

// 4. Keystroke to results in Chromium, and the query set.
say('## Keystroke to results on screen, in Chromium');
say();
const typing = await keystrokeSection(browser, origin);
for (const line of typing.lines) say(line);
say();
json['keystroke'] = typing.figures;

// Layout shift on an answer page, until it is saved offline: nothing may move above the call button.
say('## Layout shift on an answer page (/350500/12369/, a phone, until the page is saved offline)');
say();
say('| text size | all shifts | shifts above the call button | call button moved | budget |');
say('| --- | --- | --- | --- | --- |');
const shifts: Record<string, unknown> = {};
for (const [size, large] of [['normal', false], ['长辈版 (large)', true]] as const) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const shift = await measureLayoutShift(context, `${origin}/350500/12369/`, large);
  await context.close();
  shifts[size] = shift;
  say(`| ${size} | ${shift.total.toFixed(3)} | ${shift.aboveCall.toFixed(3)} | ${shift.callMoved} px | 0 above the call button: ${verdict(shift.aboveCall === 0 && shift.callMoved === 0)} |`);
}
say();
json['layoutShift'] = shifts;

say('## Search quality: the project\'s query set');
say();
const quality = querySection(dist);
for (const line of quality.lines) say(line);
say();
json['querySet'] = quality.figures;

say('## Coverage by kind of source');
say();
const covered = coverageSection();
covered.lines.forEach((line) => say(line));
say();
json['coverage'] = covered.figures;

// 5. Lighthouse, mobile settings.
say('## Lighthouse (mobile settings, simulated throttling)');
say();
say('| page | performance | accessibility | best practices | SEO |');
say('| --- | --- | --- | --- | --- |');
const scores: Record<string, Record<string, number>> = {};
for (const path of ['/', '/350500/', '/350500/12369/', '/en/350500/12366/']) {
  const result = await lighthouse(origin + path, { port: 9339, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  const categories = result!.lhr.categories;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  scores[path] = { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') };
  say(`| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`);
}
say();
say('Targets: performance ≥ 95; accessibility, best practices and SEO 100.');
json['lighthouse'] = scores;

await browser.close();
await server.stop();
writeFileSync(join(root, 'BENCHMARKS.md'), `${md.join('\n')}\n`);
writeFileSync(join(root, 'BENCHMARKS.json'), `${JSON.stringify(json, null, 2)}\n`);
console.log('\nWrote BENCHMARKS.md and BENCHMARKS.json');
