import { describe, expect, it } from 'vitest';
import { parseReadings, spell, withPinyin } from '../../../src/lib/search/readings.ts';
import { pinyinReadings } from '../../../src/lib/search/pinyin.ts';
import type { SearchEntry } from '../../../src/lib/search/entry.ts';

describe('the pinyin table of a search file', () => {
  it('is written syllable first, and spells words back as pinyin-pro reads them', () => {
    const { readings, misspelt } = pinyinReadings(['公积金', '工资', '拖欠工资']);
    expect(readings).toBe('gong公工ji积jin金qian欠tuo拖zi资');
    expect(misspelt).toEqual([]);
    expect(spell('工资拖欠', parseReadings(readings))).toEqual({ pinyin: 'gongzituoqian', initials: 'gztq' });
  });

  it('names the words its one reading per character would misspell', () => {
    // 行 is xing in 行李 and hang in 银行: the rarer reading's word keeps its own pinyin.
    const { readings, misspelt } = pinyinReadings(['行李', '入境行李', '银行']);
    expect(parseReadings(readings).get('行')).toBe('xing');
    expect(misspelt).toEqual(['银行']);
  });

  it('cannot spell a character it has no reading for', () => {
    expect(spell('公积金', parseReadings('gong公ji积'))).toBeNull();
  });

  it('fills every entry’s pinyin and initials from the table, next to the forms the entry carries', () => {
    const entry: SearchEntry = {
      number: '10101101', aliases: [], name: '河长热线', label: '', names: [], keywords: ['河长'], department: '',
      pinyin: ['hezhang'], initials: ['hz'], english: [], href: '', verdict: '',
    };
    const [filled] = withPinyin([entry], 'chang长he河re热xian线');
    expect(filled!.pinyin).toEqual(['hechangrexian', 'hechang', 'hezhang']);
    expect(filled!.initials).toEqual(['hcrx', 'hc', 'hz']);
  });
});
