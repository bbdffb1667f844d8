import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/budgets.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { distDir, PAGE_PATH } from '../support/dist.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';

// Over the whole built site, every language: what a national change decides is said everywhere, and linked to its sources.
const { changes } = loadContent(`${repoRoot}content`, isRegion, repoRoot);
const files = filesUnder(distDir);
const read = (file: string) => readFileSync(distDir + file, 'utf8');
const changed = new Map(changes.flatMap((c) => c.numbers.map((n) => [n, c.id])));

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
    const stopped = changes.filter((c) => c.kind === 'stopped').flatMap((c) => c.numbers);
    const posters = files.filter((f) => /\/poster\/index\.html$/.test(f));
    expect(posters.length).toBeGreaterThan(1000);
    const wrong = posters.flatMap((f) => {
      const working = /data-group="stillWorks">(.*?)<\/ul>/s.exec(read(f))?.[1] ?? '';
      return stopped.filter((n) => working.includes(`<b>${n}</b>`)).map((n) => `${f}: ${n} printed as working`);
    });
    expect(wrong).toEqual([]);
  });

  it('no page or poster gives the build day as the data’s date', () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.filter((f) => /数据更新于|數據更新於|Data updated/.test(read(f)))).toEqual([]);
  });
});
