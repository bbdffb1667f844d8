import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalogue } from '../../../src/lib/schema/catalogue.ts';
import { searchFile } from '../../../src/lib/search/search-file.ts';
import { createSearch, MAX_RESULTS } from '../../../src/lib/search/rank.ts';
import { repoRoot } from '../../support/load-fixture.ts';

// The real catalogue, as the national search file is built from it.
const hotlines = catalogue.parse(parse(readFileSync(`${repoRoot}content/catalogue.yaml`, 'utf8')));
const answered = hotlines.map((h) => ({
  number: h.number,
  aliases: h.number === '12393' ? ['96618'] : [],
  name: null,
  label: h.shortName,
  department: null,
  href: `/n/${h.number}/`,
  verdict: '',
}));
const file = searchFile(answered, new Map(hotlines.map((h) => [h.number, h])));
const search = createSearch(file);
const top = (q: string) => search(q)[0]?.number;

describe('createSearch: the query table', () => {
  it.each([
    // numbers: exact, partial, noisy
    ['12369', '12369'],
    ['１２３６９', '12369'],
    ['+86 12369', '12369'],
    ['0595-12369', '12369'],
    ['96618', '12393'],
    ['1010', '10101101'],
    // names and citizen words
    ['环保', '12369'],
    ['噪音', '12369'],
    ['污染', '12369'],
    ['工资拖欠', '12333'],
    ['社保', '12333'],
    ['假货', '12315'],
    ['退货', '12315'],
    ['公积金', '12329'],
    ['医保', '12393'],
    ['税务', '12366'],
    ['海关', '12360'],
    ['快递', '12305'],
    ['话费', '12300'],
    ['法律', '12348'],
    ['残疾人', '12385'],
    // pinyin and initials
    ['huanbao', '12369'],
    ['gongjijin', '12329'],
    ['gjj', '12329'],
    ['yibao', '12393'],
    // traditional characters
    ['環保', '12369'],
    ['公積金', '12329'],
    ['醫保', '12393'],
    // English
    ['tax', '12366'],
    ['customs', '12360'],
    ['noise', '12369'],
  ])('%s → %s first', (query, number) => {
    expect(top(query)).toBe(number);
  });
});

describe('createSearch: problems in a citizen’s words', () => {
  it.each([
    ['拖欠工资', '12333'],
    ['工资被拖欠', '12333'],
    ['买到假货', '12315'],
    ['楼下饭店油烟太大', '12369'],
    ['tuoqiangongzi', '12333'],
    ['gōngjījīn', '12329'],
    ['my boss didn’t pay me', '12333'],
    ['公基金', '12329'],
  ])('%s → %s first', (query, number) => {
    expect(top(query)).toBe(number);
  });

  it('shows every line a word fits, the line that is about it first', () => {
    expect(search('噪音').map((e) => e.number)).toEqual(['12369', '12319']);
    const fees = search('乱收费').map((e) => e.number);
    expect(fees[0]).toBe('12358');
    expect(fees).toEqual(expect.arrayContaining(['12320', '12301']));
    expect(search('包裹').map((e) => e.number)).toEqual(['12305', '12360']);
  });

  it('finds the same without Intl.Segmenter, on character pairs', () => {
    const old = createSearch(file, null);
    for (const query of ['拖欠工资', '买到假货', '楼下饭店油烟太大']) expect(old(query)[0]?.number).toBe(search(query)[0]?.number);
  });
});

describe('createSearch: digits are never fuzzy', () => {
  it('a full number gives that number only', () => {
    expect(search('12369').map((e) => e.number)).toEqual(['12369']);
    expect(search('12365').map((e) => e.number)).toEqual(['12365']);
  });

  it('a partial number gives only numbers that begin with it', () => {
    const found = search('1236').map((e) => e.number);
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((n) => n.startsWith('1236'))).toBe(true);
  });

  it('a number no line has gives nothing, not the nearest', () => {
    expect(search('12368')).toEqual([]);
    expect(search('99999')).toEqual([]);
  });

  it('a number inside words narrows to that number', () => {
    expect(search('12369 投诉').map((e) => e.number)).toEqual(['12369']);
  });
});

describe('createSearch: odd queries', () => {
  it.each(['', '   ', '-', '！？', '🙂', '<script>alert(1)</script>', 'x'.repeat(500), '火星人'])(
    'never throws and stays short for %j',
    (query) => {
      expect(() => search(query)).not.toThrow();
      expect(search(query).length).toBeLessThanOrEqual(MAX_RESULTS);
    },
  );

  it('finds nothing for a query whose only match would be one common character', () => {
    expect(search('火星人')).toEqual([]);
  });

  it('returns nothing for an empty query', () => {
    expect(search('  ')).toEqual([]);
  });
});
