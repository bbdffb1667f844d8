import { describe, expect, it } from 'vitest';
import { feedbackTarget, reportHref, type Report } from '../../src/lib/feedback.ts';
import { t } from '../../src/i18n/i18n.ts';

const report: Report = {
  region: { code: '350500', name: '泉州市' },
  number: '12369',
  page: 'https://12345.example.gov.cn/350500/12369/',
  language: 'zh-Hans',
  dates: { list: '2021-11-30', listRecord: '2026-11-28', reviewed: '2026-11-28' },
};
/** A mailto: link's subject and body, decoded. */
const mail = (href: string): Record<string, string> => {
  const [address, query] = href.slice('mailto:'.length).split('?') as [string, string];
  const fields = Object.fromEntries(query.split('&').map((p) => p.split('=').map(decodeURIComponent) as [string, string]));
  return { address, ...fields };
};

describe('FEEDBACK, where reports go', () => {
  it('is a mailto: or an https:// address, or nothing', () => {
    expect(feedbackTarget({})).toBeNull();
    expect(feedbackTarget({ FEEDBACK: ' ' })).toBeNull();
    expect(feedbackTarget({ FEEDBACK: 'mailto:12345@example.gov.cn' })?.href).toBe('mailto:12345@example.gov.cn');
    expect(feedbackTarget({ FEEDBACK: 'https://example.gov.cn/feedback?from=12345' })?.hostname).toBe('example.gov.cn');
  });

  it('stops the build, naming FEEDBACK, for anything else', () => {
    for (const wrong of ['12345@example.gov.cn', 'http://example.gov.cn/feedback', 'javascript:alert(1)', 'mailto:', 'mailto:nobody']) {
      expect(() => feedbackTarget({ FEEDBACK: wrong }), wrong).toThrow(`FEEDBACK: found "${wrong}"; expected the address citizens' reports go to, mailto:someone@example.gov.cn or https://example.gov.cn/feedback`);
    }
  });
});

describe('the report link', () => {
  it('writes an e-mail in the page’s language: region, number, page, language and the data’s dates, spaces as %20', () => {
    const href = reportHref(new URL('mailto:12345@example.gov.cn'), report, t('zh-Hans'));
    expect(href).not.toContain('+');
    expect(mail(href)).toEqual({
      address: '12345@example.gov.cn',
      subject: '12345 热线号码查询：泉州市 12369 的信息不对',
      body: [
        '地区：泉州市（350500）',
        '号码：12369',
        '页面：https://12345.example.gov.cn/350500/12369/',
        '语言：zh-Hans',
        '清单日期：2021-11-30；本站最后更新清单：2026-11-28',
        '全国性变化核查于：2026-11-28',
        '',
        '哪里不对（例如拨打后听到了什么）：',
        '',
      ].join('\n'),
    });
  });

  it('says so where a region has no list or its document no date, and leaves the number out on a region’s page', () => {
    const en = mail(reportHref(new URL('mailto:a@example.gov.cn?cc=b@example.gov.cn'), { ...report, number: null, language: 'en', dates: { list: null, listRecord: null, reviewed: '2026-11-28' } }, t('en')));
    expect(en).toMatchObject({ cc: 'b@example.gov.cn', subject: '12345 hotline number lookup: the information on 泉州市 is wrong' });
    expect(en.body).toContain('List: this site has no list for this region\n');
    expect(en.body).not.toContain('Number:');
    const undated = mail(reportHref(new URL('mailto:a@example.gov.cn'), { ...report, dates: { ...report.dates, list: null } }, t('zh-Hans')));
    expect(undated.body).toContain('清单日期：文件没有写明；本站最后更新清单：2026-11-28');
  });

  it('gives an https form the same fields as parameters, keeping its own', () => {
    const url = new URL(reportHref(new URL('https://example.gov.cn/feedback?from=12345'), report, t('zh-Hans')));
    expect(Object.fromEntries(url.searchParams)).toEqual({
      from: '12345',
      region: '350500',
      number: '12369',
      page: 'https://12345.example.gov.cn/350500/12369/',
      lang: 'zh-Hans',
      list: '2021-11-30',
      listRecord: '2026-11-28',
      reviewed: '2026-11-28',
    });
  });
});
