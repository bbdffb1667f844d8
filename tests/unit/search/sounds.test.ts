import { describe, expect, it } from 'vitest';
import { createSearch } from '../../../src/lib/search/rank.ts';
import { soundTable } from '../../../src/lib/search/sound-table.ts';
import { speller } from '../../../src/lib/search/sounds.ts';
import { parseReadings } from '../../../src/lib/search/readings.ts';
import { catalogueWithSafety } from '../../support/catalogue-search.ts';

const table = soundTable();

describe('soundTable: the common characters by sound', () => {
  it('reads the 3,755 common characters, each once, each under one toneless syllable', () => {
    const readings = parseReadings(table);
    expect(readings.size).toBe(3755);
    expect([readings.get('宝'), readings.get('保'), readings.get('绿'), readings.get('社')]).toEqual(['bao', 'bao', 'lv', 'she']);
  });
});

describe('speller', () => {
  it('spells syllable by syllable, the page’s own reading first; null for a character it cannot read', () => {
    const spell = speller('hang行', table);
    expect(spell('银行')).toBe(' yin hang ');
    expect(spell('社宝')).toBe(' she bao ');
    expect(spell('𠀀')).toBeNull();
  });
});

// The real catalogue as a page's file, with the real safety file joined to it as the built pages join them.
const asTyped = createSearch(catalogueWithSafety());
const bySound = asTyped.withSounds(table);
const top3 = (q: string) => bySound(q).slice(0, 3).map((e) => e.number);

describe('createSearch with the sound table: a slip of the same sound', () => {
  it.each([
    ['社宝', '12333'],
    ['工积金', '12329'],
    ['环宝', '12369'],
    ['医宝', '12393'],
    ['社宝卡丢了', '12333'],
    ['燥音扰民', '12369'],
    ['公基金提取', '12329'],
  ])('%s finds %s', (q, number) => expect(top3(q)).toContain(number));

  it('asks for the table only when a word matched nothing as typed', () => {
    expect(asTyped.lookup('社宝').needsSounds).toBe(true);
    expect(asTyped.lookup('社保').needsSounds).toBe(false);
    expect(asTyped.lookup('12369').needsSounds).toBe(false);
    expect(asTyped.lookup('huanbao').needsSounds).toBe(false);
  });

  it('a caller that waits for the table gets nothing yet for such a query, but the safety answer and the words found beside it at once', () => {
    expect(asTyped.lookup('公基金').found.length).toBeGreaterThan(0); // typo matching, for a caller that never waits
    expect(asTyped.lookup('公基金', true)).toEqual({ found: [], needsSounds: true });
    expect(asTyped.lookup('社保', true)).toEqual(asTyped.lookup('社保'));
    const crisis = asTyped.lookup('社宝 不想活了', true);
    expect(crisis.needsSounds).toBe(false);
    expect(crisis.found).toEqual(asTyped.lookup('社宝 不想活了').found);
  });

  it('ranks what matched as typed before what only sounds the same', () => {
    // 工资 is typed right and sounds like 公资: the line that holds it comes first.
    expect(bySound('工资')[0]?.number).toBe(asTyped('工资')[0]?.number);
    expect(bySound('社保')).toEqual(asTyped('社保'));
  });
});

describe('safety comes before sounds and numerals', () => {
  it('相思 sounds like 想死 and is not a crisis: no crisis line first, no notice', () => {
    expect(bySound('相思')[0]?.notice).toBeUndefined();
    expect(bySound('相思').map((e) => e.number)).not.toContain('12356');
  });

  it('一死了之 holds a numeral and is one: the crisis line first, at once, with or without the sound table', () => {
    for (const search of [asTyped, bySound]) {
      const { found, needsSounds } = search.lookup('一死了之');
      expect({ first: found[0], needsSounds }).toMatchObject({ first: { number: '12356', notice: { dial: ['110', '120'] } }, needsSounds: false });
    }
    expect(asTyped.lookup('我想死').needsSounds).toBe(false);
  });

  it('a spoken number does not hide a crisis word beside it', () => {
    expect(bySound('幺二三六九 想死')[0]?.number).toBe('12356');
  });
});

describe('createSearch: numbers as people say them', () => {
  it.each(['幺二三六九', '打一二三六九', '电话12369', '拨打 一二三六九', 'tel 12369', '一二三六九热线'])('%s finds 12369 first', (q) => expect(asTyped(q)[0]?.number).toBe('12369'));
});
