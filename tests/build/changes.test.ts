import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/budgets.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { distDir, PAGE_PATH } from '../support/dist.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';
import { dataDates, dataDatesOn, localeOfPath } from '../support/data-dates.ts';
import { t } from '../../src/i18n/i18n.ts';
import { allRegions } from '../../src/lib/places/regions.ts';
import { resolveList } from '../../src/lib/engine/resolve.ts';

// Over the whole built site, every language: what a national change decides is said everywhere, and linked to its sources.
const { changes, review, lists } = loadContent(`${repoRoot}content`, isRegion, repoRoot);
const listsByRegion = new Map(lists.map((l) => [l.region, l]));
const regions = new Map(allRegions().map((r) => [r.code, r]));
const files = filesUnder(distDir);
const read = (file: string) => readFileSync(distDir + file, 'utf8');
const changed = new Map(changes.flatMap((c) => c.numbers.map((n) => [n, c.id])));
/** A poster of dist/: a region's (groups: region) or one number's (groups: region, number). */
const POSTER = /(?:^|\/)(\d{6})\/(?:(\d+)\/)?poster\/index\.html$/;

describe('the review record speaks the page’s language', () => {
  it.each(['changes/index.html', 'zh-hant/changes/index.html'])('%s shows every note in Chinese, and no internal working word', (page) => {
    const html = read(page);
    const review = /<section class="review"[\s\S]*?<\/section>/.exec(html)![0];
    expect(review.match(/<li id="review-/g)?.length).toBeGreaterThan(30);
    expect(review.match(/lang="en"/g) ?? []).toEqual([]);
    // The words of our research notes, which mean nothing to a citizen.
    expect(html.match(/corpus|content[- ]farm|seenAt|finding:/gi) ?? []).toEqual([]);
  });

  it('the English record has every note in English', () => {
    const review = /<section class="review"[\s\S]*?<\/section>/.exec(read('en/changes/index.html'))![0];
    expect(review).not.toMatch(/corpus|content[- ]farm/i);
    expect(review.match(/Reviewer(?:'|&#39;)s note: /g)?.length).toBeGreaterThan(30);
  });
});

describe('national changes in the built site', () => {
  it('every answer page a change decides links to that change on the changes page, and the anchor is there', () => {
    const answers = files.filter((f) => PAGE_PATH.test(f) && /\d{6}\/\d+\/index\.html$/.test(f) && changed.has(f.split('/').at(-2)!));
    expect(answers.length).toBeGreaterThan(3000);
    const wrong = answers.flatMap((f) => {
      const root = PAGE_PATH.exec(f)![1]!;
      const id = changed.get(f.split('/').at(-2)!)!;
      const href = `/${root}changes/#${id}`;
      if (!read(f).includes(`href="${href}"`)) return [`${f}: no link to ${href}`];
      return read(`${root}changes/index.html`).includes(`id="${id}"`) ? [] : [`${href} has no anchor`];
    });
    expect(wrong).toEqual([]);
  });

  it('no poster prints a number a change switched off among the numbers that still work', () => {
    const stopped = changes.filter((c) => c.kind === 'stopped');
    const stoppedNumbers = new Set(stopped.flatMap((c) => c.numbers));
    const checked = { grouped: 0, answers: 0 };
    const wrong = files.flatMap((f) => {
      const poster = POSTER.exec(f);
      if (!poster) return [];
      const html = read(f);
      const number = poster[2];
      if (number === undefined) {
        // A region's poster groups its numbers; the group of those that still work holds none of them.
        const working = /data-group="stillWorks">(.*?)<\/ul>/s.exec(html)?.[1];
        if (working === undefined) return [];
        checked.grouped++;
        return [...stoppedNumbers].filter((n) => working.includes(`<b>${n}</b>`)).map((n) => `${f}: ${n} printed as working`);
      }
      // One number's poster: a stopped number's says so, in its language, with the number to dial now.
      const change = stopped.find((c) => c.numbers.includes(number));
      if (!change) return [];
      checked.answers++;
      const verdict = /<p class="poster-verdict">([^<]*)/.exec(html)?.[1];
      const expected = t(localeOfPath(f).code)('verdict.stopped', { number: change.now.dial });
      return verdict === expected ? [] : [`${f}: "${verdict}", expected "${expected}"`];
    });
    expect(wrong).toEqual([]);
    // Every region poster whose list keeps numbers working, and every stopped number's poster in every region and language.
    expect(checked.grouped).toBeGreaterThan(100);
    expect(checked.answers).toBeGreaterThan(1000);
  });

  it('every page’s footer, every poster and every widget give the lists’ year and the review day, never the build day', () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    const kinds = { footer: 0, poster: 0, widget: 0, noList: 0 };
    const wrong = pages.flatMap((f) => {
      const poster = POSTER.exec(f);
      const kind = poster ? 'poster' : /(^|\/)embed\/\d{6}\/index\.html$/.test(f) ? 'widget' : 'footer';
      kinds[kind]++;
      // A region's poster rests on its list, or says the region has none (广州 440100).
      const region = poster ? regions.get(poster[1]!)! : null;
      const noList = region !== null && resolveList(region, listsByRegion).kind === 'none';
      kinds.noList += noList ? 1 : 0;
      const expected = dataDates(localeOfPath(f), kind === 'poster' ? (noList ? 'posterNoList' : 'poster') : 'footer', review.reviewed, '2021');
      const html = read(f);
      const shown = dataDatesOn(html);
      if (shown !== expected) return [`${f} (${kind}): ${shown}, expected ${expected}`];
      return /数据更新于|數據更新於|Data updated/.test(html) ? [`${f}: gives an update day`] : [];
    });
    expect(wrong.slice(0, 5), `${wrong.length} pages do not give the data’s dates (review ${review.reviewed})`).toEqual([]);
    expect(kinds.poster).toBeGreaterThan(1000);
    expect(kinds.noList).toBeGreaterThan(100);
    expect(kinds.widget).toBeGreaterThan(100);
    expect(kinds.footer).toBeGreaterThan(3000);
  });
});
