import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { testBuild } from '../support/builds.ts';
import { readAtom } from '../support/atom.ts';
import { JOBS } from '../../scripts/test-builds.ts';
import { dataDates, dataDatesOn, localeOfPath } from '../support/data-dates.ts';
import { loadFixture } from '../support/load-fixture.ts';

const { review } = loadFixture('hostile-text');
const BUILT_ON = JOBS['hostile-text'].env.BUILD_DATE;

// A list whose text looks like HTML, built for real: it must come out as text.
// The same build runs on a day long after the fixture's review, to see the build warn about it.
let outDir: string;
let answer: string;
let output: string;

beforeAll(() => {
  ({ dir: outDir, output } = testBuild('hostile-text'));
  answer = readFileSync(`${outDir}350500/12369/index.html`, 'utf8');
});

describe('data text that looks like HTML', () => {
  it('renders as text on the answer page', () => {
    expect(answer).toContain('环保 &quot;热线&quot; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(answer).toContain('备注 &lt;/p&gt;&lt;script&gt;alert(3)&lt;/script&gt; &amp; &quot;引号&quot;');
    expect(answer).toContain('测试清单 &lt;b onmouseover=alert(4)&gt;');
    expect(readFileSync(`${outDir}350500/index.html`, 'utf8')).toContain('规则 &lt;script&gt;alert(7)&lt;/script&gt; &amp; &quot;引号&quot;');
  });

  it('never becomes markup anywhere in the site', () => {
    for (const page of ['350500/12369/index.html', '350500/index.html', 'n/12369/index.html', 'sources/test-list/index.html']) {
      const html = readFileSync(outDir + page, 'utf8');
      expect(html, page).not.toMatch(/<script>alert|<img src=x|<b onmouseover/);
    }
  });

  it('renders as text on the source page, the document’s own text included', () => {
    const source = readFileSync(`${outDir}sources/test-list/index.html`, 'utf8');
    expect(source).toContain('&lt;script&gt;alert(5)&lt;/script&gt;');
    expect(source).toContain('市人社局 &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(6)&lt;/script&gt;');
  });

  it('stays text in the Atom feed: well-formed, and escaped inside its HTML summaries', () => {
    // Parsing throws at anything that is not well-formed XML.
    const feed = readAtom(readFileSync(`${outDir}changes/feed.xml`, 'utf8'));
    const summary = (anchor: string) => feed.entries.find((e) => e.id.endsWith(anchor))?.summary;
    expect(summary('#corrected-2026-11-28')).toBe('泉州市的归并清单已更正：更正 &lt;script&gt;alert(8)&lt;/script&gt; &amp; &quot;引号&quot; ]]&gt; 完');
    expect(summary('#added-2026-11-23')).toContain('《测试清单 &lt;b onmouseover=alert(4)&gt;》');
    expect(readFileSync(`${outDir}350500/index.html`, 'utf8')).toContain('更正 &lt;script&gt;alert(8)&lt;/script&gt; &amp; &quot;引号&quot; ]]&gt; 完');
  });

  it('stays plain text in the JSON API and the search data', () => {
    const api = JSON.parse(readFileSync(`${outDir}api/v1/regions/350500.json`, 'utf8')) as { lines: { number: string; name: string }[] };
    expect(api.lines.find((l) => l.number === '12369')?.name).toBe('环保 "热线" <script>alert(1)</script>');
    const search = JSON.parse(readFileSync(`${outDir}search/350500.json`, 'utf8')) as { entries: { number: string; name: string }[] };
    expect(search.entries.find((e) => e.number === '12369')?.name).toBe('环保 "热线" <script>alert(1)</script>');
  });
});

describe('a review of national changes more than a year old', () => {
  // Built on 2028-06-01, a day that is not the fixture's review day (2026-11-28) nor any test's today.
  it.each([
    ['the footer', '350500/index.html', 'footer'],
    ['the footer in English', 'en/350500/12369/index.html', 'footer'],
    ['a poster', '350500/poster/index.html', 'poster'],
    ['the widget', 'embed/350500/index.html', 'footer'],
  ] as const)('%s gives the review day, not the build day', (_, page, kind) => {
    const shown = dataDatesOn(readFileSync(outDir + page, 'utf8'));
    expect(shown, `${page} must give the day national changes were reviewed`).toBe(dataDates(localeOfPath(page), kind, review.reviewed, '2021'));
    expect(review.reviewed).not.toBe(BUILT_ON);
  });

  it('the Atom feed is dated by its newest entry, not the build day', () => {
    const xml = readFileSync(`${outDir}changes/feed.xml`, 'utf8');
    expect(readAtom(xml).updated).toBe('2026-11-28T00:00:00.000Z');
    expect(xml).not.toContain(BUILT_ON);
  });

  it('makes the build warn, naming the review date, the build day and the file to update', () => {
    expect(output).toContain(`National changes were last reviewed on ${review.reviewed}, more than a year before ${BUILT_ON}`);
    expect(output).toContain('content/national-review.yaml');
  });
});
