import { describe, expect, it } from 'vitest';
import { codeHistory } from '../../../../src/lib/places/history/code-history.ts';
import { tinyRecords } from '../../../support/tiny-history.ts';
import { changeNotes } from '../../../../src/lib/places/history/change-notes.ts';
import { formerNames, type FormerNamesInput } from '../../../../src/lib/places/history/former-names.ts';

const records = tinyRecords(`
  110224 大兴县 1981-2001 > 110115
  110115 大兴区 2001-
  # The same name under a new code (1990), then a district: one former name, from its last record.
  339005 萧山市 1987-1990 > 330181
  330181 萧山市 1990-2001 > 330109
  330109 萧山区 2001-
  # Dropped before 2000: not "since about 2000".
  320524 吴县 1983-1995 > 320586
  320586 吴县市 1995-2000 > 320506 320507
  320506 吴中区 2000-
  320507 相城区 2000-
  # A name a current division has (阳泉's 郊区), or says for its own (赣县 of 赣县区): the current one wins.
  130106 郊区 1983-2001 > 130108
  130108 裕华区 2001-
  360721 赣县 1981-2016 > 360704
  360704 赣县区 2016-
  # A district's name that says where in a city, not which: 唐山's 新区.
  130206 新区 1983-2002 > 130208
  130208 丰润区 2002-
  # Researched by hand in content/places.yaml: its entry wins.
  420607 襄阳区 1983-2010 ~ > 420607
  # Two divisions had 江东区, in 宁波 and in 衡阳: both kept, each listed.
  330204 江东区 1983-2016 > 330212
  330212 鄞州区 2002-
  430402 江东区 1983-2001 > 430405
  430405 珠晖区 2001-
  # Three had 市郊区, leading to five divisions: more than this test's question shows (4).
  450111 市郊区 1983-2002 > 450102 450103
  450211 市郊区 1983-2002 > 450202 450203
  450411 市郊区 1983-2003 > 450403
  450102 兴宁区 1983-
  450103 青秀区 1983-
  450202 城中区 1983-
  450203 鱼峰区 1983-
  450403 万秀区 1983-
  # Reaching no division of the site's dataset.
  460321 西沙群岛 2012-2020 > 460302
  460302 西沙区 2020-
  # A decision dated after the table that dropped the name: it decided something else.
  130230 唐海县 1981-2012 > 130209
  130209 曹妃甸区 2012-
`);
const codes = new Set(['360704', '130208', '110115', '330109', '320506', '320507', '130108', '330212', '430405', '450102', '450103', '450202', '450203', '450403', '130209', '140311']);
const names = new Map(records.map((x) => [x.code, x.name]));

const notes: Record<number, string> = {
  2001: `## 国务院关于同意北京市撤销大兴县设立大兴区的批复
# 文号：国函〔2001〕4号
# 日期：二〇〇一年一月九日
# 来源：[《国务院公报》2001年第6号](https://www.gov.cn/gongbao/content/2001/content_61275.htm)
#
# 同意撤销大兴县，设立大兴区。
-110224 大兴县>大兴区
## 国务院关于同意浙江省撤销萧山市余杭市设立杭州市萧山区余杭区的批复
# 文号：国函〔2001〕13号
# 日期：二〇〇一年二月二日
#
# 撤销县级萧山市，设立杭州市萧山区。
-330181 萧山市>萧山区`,
  2012: `## 某某批复
# 文号：国函〔2013〕1号
# 日期：2013年1月1日
#
# 撤销唐海县。
-130230 唐海县>曹妃甸区`,
};

const input: FormerNamesInput = {
  history: codeHistory(records),
  notesOf: (year) => changeNotes(notes[year] ?? ''),
  current: [...codes].map((code) => ({ code, name: code === '140311' ? '郊区' : names.get(code)!, said: code === '360704' ? '赣县' : null })),
  researched: [{ name: '襄阳区', to: ['420607'] }],
  // The name, and the name without its last character (its level): what the search matches it by, here.
  keysOf: (name) => [name, name.slice(0, -1)],
  since: 2000,
  asOf: 2021,
  shown: 4,
};
const said = (name: string) => name.slice(0, -1);
const { entries, report } = formerNames(input, said);
const named = (name: string) => entries.filter((e) => e.name === name);

describe('formerNames', () => {
  it('gives a name its current division, what happened, the decision\'s day and its document', () => {
    expect(named('大兴县')).toEqual([
      {
        name: '大兴县',
        was: '110224',
        now: ['110115'],
        kind: 'renamed',
        date: '2001-01-09',
        source: '国函〔2001〕4号《国务院关于同意北京市撤销大兴县设立大兴区的批复》（《国务院公报》2001年第6号）',
        link: 'https://www.gov.cn/gongbao/content/2001/content_61275.htm',
      },
    ]);
    expect(named('吴县市')).toMatchObject([{ now: ['320506', '320507'], kind: 'abolished' }]);
  });

  it('counts a name once, where it last ended, not where it went on under a new code', () => {
    expect(named('萧山市')).toEqual([{ name: '萧山市', was: '330181', now: ['330109'], kind: 'renamed', date: '2001-02-02', source: '国函〔2001〕13号《国务院关于同意浙江省撤销萧山市余杭市设立杭州市萧山区余杭区的批复》' }]);
  });

  it('takes only names dropped from the tables since the first year', () => {
    expect(named('吴县')).toEqual([]);
  });

  it('gives only the year of the table where no document says the day, and cites that table', () => {
    const tanghai = named('唐海县')[0]!;
    // The only document is dated after 2012, the first table without the name: it decided something else.
    expect(tanghai).toMatchObject({ date: '2012', source: '民政部 县级以上行政区划代码（2012 年）' });
    expect(formerNames({ ...input, notesOf: () => [] }, said).entries.find((e) => e.name === '大兴县')).toMatchObject({ date: '2001', source: '民政部 县级以上行政区划代码（2001 年）' });
  });

  it('leaves out a name a current division has, anywhere, or says for its own: the current one wins', () => {
    expect(named('郊区')).toEqual([]);
    expect(named('赣县')).toEqual([]);
    expect(report.current).toEqual(['郊区', '赣县']);
  });

  it('leaves out a district\'s name that says where in a city, not which (新区: 某某新区 is a new area of 某某)', () => {
    expect(named('新区')).toEqual([]);
    expect(report.placeless).toEqual(['新区']);
  });

  it('leaves out a name researched in content/places.yaml: its entry wins', () => {
    expect(named('襄阳区')).toEqual([]);
    expect(report.researched).toEqual(['襄阳区']);
  });

  it('leaves out, and reports, a name that reaches no division of the site dataset', () => {
    expect(named('西沙群岛')).toEqual([]);
    expect(report.unreached).toEqual(['西沙群岛 (460321)']);
  });

  it('keeps every division that had a name the question can list whole, and never one alone', () => {
    expect(named('江东区').map((e) => e.now)).toEqual([['330212'], ['430405']]);
    expect(report.shared).toEqual(['江东区']);
  });

  it('leaves out a name leading to more divisions than the question shows, rather than have some cut off', () => {
    expect(named('市郊区')).toEqual([]);
    expect(report.crowded).toEqual(['市郊区']);
    // With room for all five, each is listed.
    expect(formerNames({ ...input, shown: 5 }, said).entries.filter((e) => e.name === '市郊区').map((e) => e.was)).toEqual(['450111', '450211', '450411']);
  });

  it('counts what the search matches, not only the name: a name said like researched ones that fill the screen is left out', () => {
    const crowded = formerNames({ ...input, researched: [...input.researched, { name: '江东新区', to: ['450102', '450103', '450202'] }], keysOf: (name) => [name, name.slice(0, 2)] }, said);
    expect(crowded.entries.filter((e) => e.name === '江东区')).toEqual([]);
    expect(crowded.report.crowded).toContain('江东区');
  });

  it('reports how many cite a document and how many the code table alone', () => {
    expect(report).toMatchObject({ ended: 14, cited: 2, fromTables: 4 });
    expect(entries.map((e) => e.name)).toEqual(['大兴县', '唐海县', '吴县市', '萧山市', '江东区', '江东区']);
  });
});
