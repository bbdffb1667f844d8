import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { RegionFile } from '../../src/lib/published/api.ts';
import { distDir, readDistJson } from '../support/dist.ts';

const file = (code: string) => readDistJson<RegionFile>(`api/v1/regions/${code}.json`);
const page = (path: string) => load(readFileSync(`${distDir}${path}index.html`, 'utf8'));
const text = ($: ReturnType<typeof page>, selector: string) => $(selector).text().replace(/\s+/g, ' ');

describe('reports on the pages of regions without a list', () => {
  it('shows 南京 what the province reported, as a report under the no-list message, with its words and link', () => {
    const $ = page('320100/');
    const section = $('section.reports');
    expect(text($, '.verdict')).toBe('暂无南京市的归并清单');
    expect(section.text()).toContain('据 人民网 2022年2月7日报道：');
    const quote = section.find('q').first();
    expect(quote.attr('lang')).toBe('zh');
    expect(quote.text()).toBe('截至2021年底,江苏35条部门政务热线全部归并到12345');
    expect(section.text()).toContain('没有说旧号码现在是否还能拨通：本站不知道');
    expect(section.find('a[href="http://jszwb.jiangsu.gov.cn/art/2022/2/7/art_81695_10340774.html"]').first().text()).toBe('阅读报道（江苏省政务服务管理办公室转载）');
    // Never styled as a list's verdict, and it comes after the no-list message.
    expect(section.find('.verdict, [data-verdict]').length).toBe(0);
    expect($.html().indexOf('class="reports"')).toBeGreaterThan($.html().indexOf('class="verdict"'));
  });

  it('adds what a report said of all the region’s lines to the search’s notice for any number (the island’s props)', () => {
    const props = page('320100/')('astro-island[component-url*="HotlineSearch"]').attr('props') ?? '';
    expect(props).toContain('本站无法说明 {{number}} 在当地的情况');
    expect(props).toContain('据 人民网 2022年2月7日报道：“截至2021年底,江苏35条部门政务热线全部归并到12345” 报道说已并入 12345，没有说旧号码现在是否还能拨通：本站不知道。');
    expect(page('440100/')('astro-island[component-url*="HotlineSearch"]').attr('props')).not.toContain('报道');
  });

  it('answers 沧州 96119 with the report, and no call button for the old number', () => {
    const $ = page('130900/96119/');
    expect($('#verdict').text()).toBe('暂无沧州市的归并清单');
    expect($('a[href^="tel:"]').map((_, a) => $(a).attr('href')).get()).toEqual(['tel:12345']);
    const section = $('section.reports');
    expect(section.text()).toContain('据 长城网 2021年9月15日报道（来源：沧州日报）：');
    expect(section.find('[data-says="cancelled"]').text()).toContain('（2021年9月20日起）');
    expect(text($, 'section.plans')).toContain('冀政辦字〔2021〕20號');
  });

  it('gives a page to the catalogue numbers reports name, and no other', () => {
    for (const path of ['130900/96119/', '130600/12349/', '420200/12333/', 'en/420200/12320/']) expect(existsSync(`${distDir}${path}index.html`), path).toBe(true);
    // 江苏's own 96510 is not in the catalogue: the region page shows the report; no page would know its name.
    expect(existsSync(`${distDir}320100/96510/index.html`)).toBe(false);
    expect(page('320100/')('section.reports').text()).toContain('96510');
  });

  it('names a mirror as a mirror, and the part of the region a report speaks of', () => {
    const section = page('130600/12349/')('section.reports');
    expect(section.text()).toContain('据 中国雄安官网 2021年10月30日报道：');
    expect(section.text()).toContain('只涉及雄安新区');
    expect(section.find('a[href="http://684413.com/2021-10/30/c_1211422922.htm"]').text()).toContain('转载站，不是原报道页面');
  });

  it('says it in English and traditional Chinese too, the words staying in Chinese', () => {
    const en = page('en/320100/')('section.reports');
    expect(en.text()).toContain('人民网 reported on February 7, 2022:');
    expect(en.find('q').first().attr('lang')).toBe('zh-Hans');
    expect(en.find('q').first().text()).toBe('截至2021年底,江苏35条部门政务热线全部归并到12345');
    expect(page('zh-hant/320100/')('section.reports').text()).toContain('據 人民網 2022年2月7日報道：');
    // Every piece of Chinese on the English pages (outlets, sites, quotes, plans) is marked as Chinese.
    for (const path of ['en/320100/', 'en/130900/96119/', 'en/130600/12349/', 'en/440500/']) {
      const $ = page(path);
      $('section.reports [lang], section.plans [lang]').remove();
      expect(`${$('section.reports').text()}${$('section.plans').text()}`, path).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('tells 汕头 its counts, and which document holds its list', () => {
    const $ = page('440500/');
    expect(text($, 'section.reports')).toContain('整体并入 24 条、双号并行 1 条和设分中心 5 条，没有说是哪些号码');
    expect(text($, 'section.plans')).toContain('广东省人民政府办公厅关于印发广东省进一步优化政务服务便民热线工作实施方案的通知 · 文号：粤办〔2021〕216号');
  });

  it('fills silence only: a region with a list, or an answer a national change gives, shows no report', () => {
    expect(page('350500/')('section.reports').length).toBe(0);
    expect(page('320100/12369/')('section.reports').length).toBe(0);
  });
});

describe('/api/v1/regions/{code}.json reports[] and plans[]', () => {
  it('gives each statement with outlet, title, ISO date, url, words, numbers and what it says', () => {
    expect(file('320100').reports).toEqual([
      expect.objectContaining({ kind: 'report', outlet: '人民网', title: '江苏12345热线完成归并优化 累计服务量9587万件', date: '2022-02-07', url: null, words: ['截至2021年底,江苏35条部门政务热线全部归并到12345'], numbers: 'all', says: 'merged' }),
      expect.objectContaining({ numbers: ['96510', '96519', '96196'], says: 'merged' }),
    ]);
    expect(file('130900').reports[0]).toMatchObject({ outlet: '长城网', originally: '沧州日报', url: 'http://cz.hebei.com.cn/system/2021/09/15/100770555.shtml', numbers: ['96119'], says: 'cancelled', effective: '2021-09-20' });
    expect(file('130900').plans[0]).toMatchObject({ documentNumber: '冀政辦字〔2021〕20號', date: '2021-02-11' });
  });

  it('keeps reports out of lines[], and gives regions no report speaks of an empty reports[]', () => {
    expect(file('320100').lines).toEqual([]);
    expect(file('350500').reports).toEqual([]);
  });
});

describe('/api/v1/reports.csv', () => {
  const rows = parse(readFileSync(`${distDir}api/v1/reports.csv`), { bom: true, columns: true }) as Record<string, string>[];
  const descriptor = readDistJson<{ resources: { name: string; path: string; schema: { fields: { name: string }[] } }[] }>('api/v1/datapackage.json');

  it('has a row, marked as a report, for each statement in each region the region files give', () => {
    const regions = readDistJson<{ code: string }[]>('api/v1/regions.json');
    expect(rows.length).toBe(regions.reduce((n, r) => n + file(r.code).reports.length, 0));
    expect(new Set(rows.map((r) => r['kind']))).toEqual(new Set(['report']));
    expect(rows.find((r) => r['region'] === '130900')).toMatchObject({ list: 'none', outlet: '长城网', numbers: '96119', says: 'cancelled', effective: '2021-09-20', mirror: 'false' });
  });

  it('is described beside lines.csv in datapackage.json, column by column', () => {
    expect(descriptor.resources.map((r) => r.path)).toEqual(['lines.csv', 'reports.csv']);
    expect(descriptor.resources[1]!.schema.fields.map((f) => f.name)).toEqual(Object.keys(rows[0]!));
  });
});
