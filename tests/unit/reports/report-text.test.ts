import { describe, expect, it } from 'vitest';
import { plain, reportSentence, reportText } from '../../../src/lib/reports/report-text.ts';
import { report as reportSchema } from '../../../src/lib/schema/report.ts';
import type { Words } from '../../../src/lib/wording/answer-text.ts';
import { t } from '../../../src/i18n/i18n.ts';

const words = (code: 'zh-Hans' | 'en'): Words => ({
  tr: t(code),
  region: (c) => c,
  text: (text) => ({ text, lang: code === 'en' ? 'zh-Hans' : undefined }),
  ours: (w) => (code === 'en' ? w.en : w.zh),
});
const base = { outlet: '人民网', title: '标题', date: '2022-02-07', text: 'x' };
const repost = reportSchema.parse({ ...base, id: 'a', regions: ['320000'], readAt: { url: 'https://gov.example/a', site: '江苏省政务服务管理办公室', mirror: false }, says: [{ numbers: 'all', says: 'merged', words: ['全部归并到12345'] }] });
const mirrored = reportSchema.parse({ ...base, id: 'b', regions: ['130600'], outlet: '中国雄安官网', originally: null, title: null, part: { zh: '只涉及雄安新区', en: 'Only 雄安新区' }, readAt: { url: 'http://copy.example/b', site: 'copy.example', mirror: true }, says: [{ numbers: ['12349'], says: 'cancelled', effective: '2021-10-31', words: ['取消12349热线'] }] });
const counted = reportSchema.parse({ ...base, id: 'c', regions: ['440500'], originally: '汕头日报', url: 'https://st.example/c', readAt: { url: 'https://st.example/c', site: 'st', mirror: false }, says: [{ numbers: 'all', says: 'counts', counts: { merged: 24, parallel: 1, subcenter: 5 }, words: ['整体并入的24条'] }] });

describe('reportText', () => {
  it('says who reported it and when, in the form 据 {outlet} {date}报道：', () => {
    expect(plain(reportText(repost, repost.says[0]!, words('zh-Hans')).lead)).toBe('据 人民网 2022年2月7日报道：');
    expect(plain(reportText(counted, counted.says[0]!, words('zh-Hans')).lead)).toBe('据 人民网 2022年2月7日报道（来源：汕头日报）：');
    // In English the outlet's name is Chinese data, marked so: a screen reader reads it as Chinese.
    expect(reportText(repost, repost.says[0]!, words('en')).lead).toEqual([{ text: '人民网', lang: 'zh-Hans' }, ' reported on February 7, 2022: ']);
  });

  it('says what the report leaves unknown: whether the old number still connects', () => {
    expect(reportText(repost, repost.says[0]!, words('zh-Hans')).says).toContain('没有说旧号码现在是否还能拨通：本站不知道');
    expect(reportText(repost, repost.says[0]!, words('en')).says).toContain('not whether the old numbers still connect: we do not know');
    expect(reportText(counted, counted.says[0]!, words('zh-Hans')).says).toBe('报道只给出条数：整体并入 24 条、双号并行 1 条和设分中心 5 条，没有说是哪些号码。某个号码的情况，本站不知道。');
    expect(reportText(mirrored, mirrored.says[0]!, words('zh-Hans')).says).toContain('（2021年10月31日起）');
  });

  it('links the outlet’s page, else the repost or the mirror named as what it is', () => {
    expect(reportText(counted, counted.says[0]!, words('zh-Hans')).link).toEqual({ href: 'https://st.example/c', label: ['阅读报道'] });
    expect(plain(reportText(repost, repost.says[0]!, words('zh-Hans')).link.label)).toBe('阅读报道（江苏省政务服务管理办公室转载）');
    const link = reportText(mirrored, mirrored.says[0]!, words('zh-Hans')).link;
    expect([link.href, plain(link.label)]).toEqual(['http://copy.example/b', '阅读我们读到的副本（copy.example，转载站，不是原报道页面）']);
    expect(reportText(mirrored, mirrored.says[0]!, words('zh-Hans')).part).toBe('只涉及雄安新区');
  });

  it('keeps the report’s words in Chinese on English pages, marked as such', () => {
    expect(reportText(repost, repost.says[0]!, words('en')).words).toEqual([{ text: '全部归并到12345', lang: 'zh-Hans' }]);
  });
});

describe('reportSentence', () => {
  it('puts it in one line for the search’s notice', () => {
    expect(reportSentence(repost, repost.says[0]!, words('zh-Hans'))).toBe('据 人民网 2022年2月7日报道：“全部归并到12345” 报道说已并入 12345，没有说旧号码现在是否还能拨通：本站不知道。');
  });
});
