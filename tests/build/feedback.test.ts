import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testBuild } from '../support/builds.ts';
import { distDir, siteOrigin } from '../support/dist.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';
import { BUDGETS, pageWeight } from '../../scripts/budgets.ts';
import { FEEDBACK_TO } from '../../scripts/test-builds.ts';

// "这条信息不对？": the sub-path build names a report address (FEEDBACK), dist/ names none.
const subpath = testBuild('subpath');
const site = testBuild('site');
const { review } = loadContent(`${repoRoot}content`, isRegion, repoRoot);
const LINK = /<p class="report-link no-print"><a href="([^"]+)">([^<]+)<\/a><\/p>/;
const unescape = (attribute: string) => attribute.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The report link of a built page: its words and its e-mail, decoded. */
function report(dir: string, page: string) {
  const found = LINK.exec(readFileSync(dir + page, 'utf8'));
  if (!found) return null;
  const href = unescape(found[1]!);
  const [address, query] = href.slice('mailto:'.length).split('?') as [string, string];
  const fields = Object.fromEntries(query.split('&').map((p) => p.split('=').map(decodeURIComponent) as [string, string]));
  return { words: found[2], href, address, subject: fields['subject'], body: fields['body'] };
}

describe('a deployment that names where reports go (FEEDBACK)', () => {
  it('offers every answer page’s report, prefilled with region, number, address, language and the data’s dates', () => {
    const found = report(subpath.dir, '350500/12369/index.html');
    expect(found).toMatchObject({ words: '这条信息不对？', address: FEEDBACK_TO.slice('mailto:'.length), subject: '12345 热线号码查询：泉州市 12369 的信息不对' });
    expect(found!.body!.split('\n').slice(0, 6)).toEqual([
      '地区：泉州市（350500）',
      '号码：12369',
      `页面：${siteOrigin}/12345/350500/12369/`,
      '语言：zh-Hans',
      '清单日期：2021-11-30；本站最后更新清单：2026-11-28',
      `全国性变化核查于：${review.reviewed}`,
    ]);
  });

  it('in every language, on region pages too, saying so where a region has no list', () => {
    expect(report(subpath.dir, 'en/350200/12333/index.html')).toMatchObject({ words: 'Is this information wrong?', subject: '12345 hotline number lookup: the information on 12333 in Xiamen is wrong' });
    expect(report(subpath.dir, 'en/350200/12333/index.html')!.body).toContain(`Page: ${siteOrigin}/12345/en/350200/12333/\nLanguage: en\nList dated: not given in the document; list last updated on this site: 2026-11-28`);
    const region = report(subpath.dir, 'zh-hant/440100/index.html');
    expect(region).toMatchObject({ words: '這條信息不對？', subject: '12345 熱線號碼查詢：廣州市的信息不對' });
    expect(region!.body).toContain(`頁面：${siteOrigin}/12345/zh-hant/440100/\n語言：zh-Hant\n清單：本站沒有收錄本地區的清單`);
    expect(region!.body).not.toContain('號碼：');
  });

  it('keeps the answer page within its first-round-trip budget', () => {
    const weight = pageWeight(subpath.dir, '/12345/', `${subpath.dir}en/350500/12369/index.html`);
    expect(weight.htmlCss).toBeLessThanOrEqual(BUDGETS.answerHtmlCss);
  });
});

describe('a deployment that names none (dist/)', () => {
  it('has no report link, and its build said so once', () => {
    for (const page of ['350500/12369/index.html', 'en/350500/12369/index.html', 'zh-hant/350500/index.html', '440100/index.html']) expect(report(distDir, page), page).toBeNull();
    expect(site.output.match(/FEEDBACK is not set/g)).toHaveLength(1);
    expect(subpath.output).not.toContain('FEEDBACK is not set');
  });
});
