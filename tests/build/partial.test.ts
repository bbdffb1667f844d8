/**
 * 广西's list, held in part, as the built site shows it: every page, poster, widget and API file of
 * the list — its own and its prefectures' — says it is partial and why, in three languages; a
 * number its text names is answered, one past the break is "the copy we hold stops before this
 * line", never "not mentioned".
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RegionFile } from '../../src/lib/published/api.ts';
import { allRegions } from '../../src/lib/places/regions.ts';
import { toTraditional } from '../../src/lib/locale/traditional.ts';
import { distDir, readDistJson } from '../support/dist.ts';

const page = (path: string) => {
  const file = `${distDir}${path}index.html`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run test:builds site`);
  return readFileSync(file, 'utf8').replace(/<!--.*?-->/gsu, '');
};
const prefectures = allRegions().filter((r) => r.parent === '450000').map((r) => r.code);
const WHY = { zh: '转载文本在“(二)双号并行”一句中途中断', en: 'it breaks off in the middle of the sentence on dual-number lines' };
const languages = [
  { root: '', why: WHY.zh, pastBreak: '清单文本不全：本站持有的部分在这一行之前中断', notice: '这份清单本站只持有一部分' },
  { root: 'zh-hant/', why: toTraditional(WHY.zh), pastBreak: toTraditional('清单文本不全：本站持有的部分在这一行之前中断'), notice: toTraditional('这份清单本站只持有一部分') },
  { root: 'en/', why: WHY.en, pastBreak: 'Our copy of the list stops before this line', notice: 'We hold only part of this list' },
];

describe('广西, held in part, on every page of its list', () => {
  it('is inherited by each of its 14 prefectures', () => {
    expect(prefectures).toHaveLength(14);
    const regions = new Map(readDistJson<RegionFile['region'][]>('api/v1/regions.json').map((r) => [r.code, r.list]));
    expect(regions.get('450000')).toBe('own');
    for (const code of prefectures) expect(regions.get(code), code).toBe('inherited');
  });

  it.each(languages)('says it is partial and why on the region, answer, poster and widget pages ($root)', ({ root, why, notice, pastBreak }) => {
    for (const code of ['450000', ...prefectures]) {
      for (const path of [`${code}/`, `${code}/12396/`, `${code}/12369/`, `${code}/poster/`, `embed/${code}/`]) {
        const html = page(`${root}${path}`);
        expect(html, `${root}${path}`).toContain('class="partial"');
        expect(html, `${root}${path}`).toContain(notice);
        expect(html, `${root}${path}`).toContain(why);
      }
      // A number past the break: its poster's own text says so and why, once (a second notice would take it past one page).
      const poster = page(`${root}${code}/12366/poster/`);
      expect(poster, `${root}${code}/12366/poster/`).toContain(pastBreak);
      expect(poster.split(why).length - 1, `${root}${code}/12366/poster/`).toBe(1);
    }
    // A list held whole says nothing of the kind.
    expect(page(`${root}350500/`)).not.toContain('class="partial"');
  });

  it.each(languages)('answers a number its text names, and one past the break as such and why, never as not mentioned ($root)', ({ root, pastBreak, why }) => {
    const named = page(`${root}450100/12396/`);
    expect(named).toContain('data-verdict="cancelled"');
    expect(page(`${root}450100/12315/`)).toContain('data-verdict="parallel"');
    const past = page(`${root}450100/12366/`);
    expect(past).toContain('data-verdict="pastBreak"');
    expect(past).toContain(pastBreak);
    expect(past).toContain(why);
    expect(past).not.toMatch(/没有提到 12366|沒有提到 12366|does not mention 12366|没有这个号码|沒有這個號碼/u);
    // A national change still speaks first past the break: 12369 was switched off everywhere.
    expect(page(`${root}450100/12369/`)).toContain('data-verdict="stopped"');
  });

  it('shows its document up to where our copy breaks off, its rows anchored, and the 文号 as 玉林 cites it', () => {
    const html = page('sources/guangxi-2021/');
    expect(html).toContain('class="document-break"');
    expect(html).toContain('id="s1-row-1"');
    expect(html).toContain('id="s2-row-10"');
    expect(html).not.toContain('id="s1-row-8"');
    expect(html).toContain('桂政办发〔2021〕46号');
    expect(html).toContain('href="http://ydxq.yulin.gov.cn/xxgk/fdzdgx/wjzl/zcfg/t10789987.shtml"');
    expect(page('450100/12396/')).toContain('/sources/guangxi-2021/#s1-row-13');
  });

  it('says so in the API: the source carries heldInPart and citedNumber, and past the break there is no line', () => {
    const nanning = readDistJson<RegionFile>('api/v1/regions/450100.json');
    expect(nanning.sources[0]).toMatchObject({
      id: 'guangxi-2021',
      documentNumber: null,
      citedNumber: { documentNumber: '桂政办发〔2021〕46号' },
      heldInPart: { stopsAfter: '保留12315、12316、12317、12318、12319、12320、12328、12329、12333、12348、123', why: { zh: expect.stringContaining(WHY.zh), en: expect.stringContaining(WHY.en) } },
    });
    expect(nanning.lines).toHaveLength(23);
    expect(nanning.lines.every((l) => l.inheritedFrom === '450000')).toBe(true);
    expect(nanning.lines.map((l) => l.number)).not.toContain('12366');
  });
});
