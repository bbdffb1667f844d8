import { describe, expect, it } from 'vitest';
import { historyRecord, kindOf, reach, recordAt, successors } from '../../../../src/lib/places/history/code-history.ts';
import { tinyHistory } from '../../../support/tiny-history.ts';

// Small histories, true to the dataset's rows (result.csv at eed219a).
const history = tinyHistory(`
  # 北京: 大兴县 became 大兴区 (new code); 崇文区 joined 东城区, which kept its code.
  110101 东城区 1981-
  110103 崇文区 1981-2010 > 110101
  110115 大兴区 2001-
  110224 大兴县 1981-2001 > 110115
  # 保定: 北市区 and 南市区 into the new 莲池区.
  130603 北市区 1981-2015 > 130606
  130604 南市区 1981-2015 > 130606
  130606 莲池区 2015-
  # 忻州: the prefecture (地区) carries no new code; its counties do, to the new 地级市's.
  142200 忻州地区 1981-2000
  142201 忻州市 1983-2000 > 140902
  142222 定襄县 1981-2000 > 140921
  140900 忻州市 2000-
  140902 忻府区 2000-
  140921 定襄县 2000-
  # 萧山: the same name under a new code in 1990, then a district in 2001, which gave a part to 钱塘区 in 2021.
  339005 萧山市 1987-1990 > 330181
  330181 萧山市 1990-2001 > 330109
  330109 萧山区 2001- > 330114[2021]
  330114 钱塘区 2021-
  # 苏州: 吴县市 split in two.
  320586 吴县市 1995-2000 > 320506 320507
  320506 吴中区 2000-
  320507 相城区 2000-
  # 无锡: 郊区 kept its code under a new name; a part had gone to 320212 in 1987.
  320211 郊区 1983-2000 ~ > 320212[1987] 320211
  320211 滨湖区 2000-
  320212 新区 1987-
  # 普洱: 思茅地区 → 思茅市 (new code, 2003) → 普洱市 (same code, 2007).
  532700 思茅地区 1981-2003
  532701 思茅市 1993-2003 > 530802
  530800 思茅市 2003-2007 ~
  530800 普洱市 2007-
  530802 翠云区 2003-2007 ~
  530802 思茅区 2007-
  # 三沙: 西沙群岛 became 西沙区 under a code the site's dataset does not have (it keeps 460321).
  460321 西沙群岛 2012-2020 > 460302
  460302 西沙区 2020-
`);
const current = new Set(['110101', '110115', '130606', '140900', '140902', '140921', '330109', '330114', '320506', '320507', '320211', '320212', '530800', '530802', '460321']);
const isCurrent = (code: string) => current.has(code);
const last = (code: string, name: string) => history.get(code)!.find((x) => x.name === name)!;

describe('recordAt', () => {
  it('finds the record a code named in a year, the year it ended excluded', () => {
    expect(recordAt(history, '530800', 2006)?.name).toBe('思茅市');
    expect(recordAt(history, '530800', 2007)?.name).toBe('普洱市');
    expect(recordAt(history, '530800', 2002)).toBeUndefined();
  });
});

describe('successors', () => {
  it('gives the codes a county went to, without a part that had gone before', () => {
    expect(successors(history, last('110224', '大兴县'))).toEqual(['110115']);
    expect(successors(history, last('320586', '吴县市'))).toEqual(['320506', '320507']);
    expect(successors(history, last('320211', '郊区'))).toEqual(['320211']);
  });

  it('gives a prefecture changed in place its own code, and one without codes of its own the prefectures its counties went to', () => {
    expect(successors(history, last('530800', '思茅市'))).toEqual(['530800']);
    expect(successors(history, last('142200', '忻州地区'))).toEqual(['140900']);
    expect(successors(history, last('532700', '思茅地区'))).toEqual(['530800']);
  });

  it('gives none for a record in use', () => {
    expect(successors(history, last('330109', '萧山区'))).toEqual([]);
  });
});

describe('reach: following the codes to divisions current in the site dataset', () => {
  it('stops at a code whose record was in use at the end of the dataset year', () => {
    expect(reach(history, last('110224', '大兴县'), isCurrent, 2021)).toEqual({ codes: ['110115'], lost: false, steps: 1 });
    // 330114[2021] is a part 萧山区 gave in 2021, while it stayed: not where 萧山市 went.
    expect(reach(history, last('330181', '萧山市'), isCurrent, 2021)).toEqual({ codes: ['330109'], lost: false, steps: 1 });
  });

  it('follows a code that ended since, change after change', () => {
    expect(reach(history, last('532700', '思茅地区'), isCurrent, 2021)).toEqual({ codes: ['530800'], lost: false, steps: 2 });
    expect(reach(history, last('339005', '萧山市'), isCurrent, 2021)).toEqual({ codes: ['330109'], lost: false, steps: 2 });
  });

  it('says where a part reaches no division of the site dataset, and reaches nothing past it', () => {
    expect(reach(history, last('460321', '西沙群岛'), isCurrent, 2021)).toEqual({ codes: [], lost: true, steps: 1 });
    expect(reach(history, last('110224', '大兴县'), () => false, 2021)).toEqual({ codes: [], lost: true, steps: 1 });
  });
});

describe('kindOf', () => {
  it('renamed: a division of its own that nothing else joined', () => {
    expect(kindOf(history, last('110224', '大兴县'), 1)).toBe('renamed');
    expect(kindOf(history, last('142200', '忻州地区'), 1)).toBe('renamed');
    expect(kindOf(history, last('530800', '思茅市'), 1)).toBe('renamed');
  });

  it('merged: into a division that was there before, or with others into a new one', () => {
    expect(kindOf(history, last('110103', '崇文区'), 1)).toBe('merged');
    expect(kindOf(history, last('130603', '北市区'), 1)).toBe('merged');
    expect(kindOf(history, last('130604', '南市区'), 1)).toBe('merged');
  });

  it('abolished: its parts went to several, or what it became has changed since', () => {
    expect(kindOf(history, last('320586', '吴县市'), 1)).toBe('abolished');
    expect(kindOf(history, last('532700', '思茅地区'), 2)).toBe('abolished');
  });
});

describe('historyRecord: a row of result.csv', () => {
  const row = { 代码: '320211', 一级行政区: '江苏省', 二级行政区: '无锡市', 名称: '郊区', 级别: '县级', 状态: '变更', 启用时间: '1983', '变更/弃用时间': '2000', 新代码: '320212[1987];320211' };
  it('reads the code, name, level, years, status and new codes', () => {
    expect(historyRecord(row)).toEqual({ code: '320211', name: '郊区', level: 'county', from: 1983, until: 2000, changedInPlace: true, next: [{ code: '320212', year: 1987 }, { code: '320211', year: null }] });
    expect(historyRecord({ ...row, 级别: '地级', 状态: '在用', '变更/弃用时间': '', 新代码: '' })).toMatchObject({ level: 'city', until: null, changedInPlace: false, next: [] });
  });

  it('refuses a row that does not read so', () => {
    for (const bad of [{ 代码: '32021' }, { 级别: '乡级' }, { 状态: '在用' }, { 状态: '废止' }, { '变更/弃用时间': '' }, { 新代码: '320212[87]' }, { 启用时间: '八三' }]) {
      expect(historyRecord({ ...row, ...bad }), JSON.stringify(bad)).toBeNull();
    }
  });
});
