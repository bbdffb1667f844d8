import { describe, expect, it } from 'vitest';
import { compileLine, compilePattern, patternProblem } from '../../../src/lib/search/safety-patterns.ts';
import { readForSafety, type Recognition } from '../../../src/lib/search/safety-normalise.ts';

const recognition = {
  fillers: { zh: ['再', '真的', '了', '好'], en: ['really', 'just'] },
  contractions: { "don't": 'do not' },
  innocent: { zh: [], en: [] },
  gap: { zh: 2, en: 2 },
};
/** Whether the patterns, compiled with `read`, find the query. */
const saying = (read: typeof recognition & Partial<Recognition>) => (patterns: string[], query: string) =>
  compileLine(patterns, {}, read)(readForSafety(query, {}, { contractions: read.contractions }));
const says = saying(recognition);

describe('compilePattern', () => {
  it('reads parts, alternatives, a gap of its own and what must not come before', () => {
    expect(compilePattern('不想 … 活|死', {}, recognition)).toEqual({ script: 'han', parts: [[['不', '想']], [['活'], ['死']]], gaps: [2], unless: [] });
    expect(compilePattern('想 …1 死', {}, recognition).gaps).toEqual([1]);
    // A gap of two digits is read whole (…16 is sixteen, not …1 before a part "6 …").
    expect(compilePattern('客服 …16 共享屏幕', {}, recognition)).toMatchObject({ parts: [[['客', '服']], [['共', '享', '屏', '幕']]], gaps: [16] });
    expect(compilePattern('着火 !打不|点不', {}, recognition).unless).toEqual([['打', '不'], ['点', '不']]);
    expect(compilePattern('want to … die', {}, recognition)).toMatchObject({ script: 'words', parts: [[['want', 'to']], [['die']]] });
  });

  it('refuses what it cannot read, saying how to write it', () => {
    expect(patternProblem('不想 … 活', {}, recognition)).toBeNull();
    expect(patternProblem('不想 … … 活', {}, recognition)).toMatch(/parts apart with "…"/);
    expect(patternProblem('不想 … die', {}, recognition)).toMatch(/Chinese and English in one pattern/);
    expect(patternProblem('。。 … 活', {}, recognition)).toMatch(/Chinese characters in every part/);
    // A gap of three digits is a slip, refused rather than read as …12 before a part "3 …".
    expect(patternProblem('客服 …123 共享屏幕', {}, recognition)).toMatch(/two digits at most/);
  });
});

describe('classes', () => {
  const classes = { ...recognition, classes: { family: ['孩子', '老人'], someone: ['someone', 'a man'] } };
  const saysWith = saying(classes);
  it('a class named in a pattern stands for each of its members, beside the part’s other alternatives', () => {
    expect(saysWith(['{family}|爸爸 …1 不见了'], '孩子不见了')).toBe(true);
    expect(saysWith(['{family}|爸爸 …1 不见了'], '老人不见了')).toBe(true);
    expect(saysWith(['{family}|爸爸 …1 不见了'], '爸爸不见了')).toBe(true);
    expect(saysWith(['{family}|爸爸 …1 不见了'], '钥匙不见了')).toBe(false);
    expect(saysWith(['{someone} …2 following me'], 'a man is following me')).toBe(true);
  });

  it('a pattern of classes alone takes its script from the members, and an unknown class is refused by name', () => {
    expect(compilePattern('{family} …1 {family}', {}, classes).script).toBe('han');
    expect(patternProblem('{kin} …1 不见了', {}, classes)).toMatch(/\{kin\} is no class of recognition.classes/);
  });
});

describe('a line of patterns', () => {
  it('finds the parts in order with at most the gap between them, fillers free', () => {
    expect(says(['不想 … 活'], '我不想活了')).toBe(true);
    expect(says(['不想 … 活'], '不想再这样活')).toBe(true); // 再 is free, 这样 is two
    expect(says(['不想 … 活'], '不想这样子活')).toBe(false); // three between
    expect(says(['不想 … 活'], '活着不想')).toBe(false); // out of order
    expect(says(['想 …1 死'], '真的好想去死')).toBe(true);
    expect(says(['客服 …12 共享屏幕'], '客服让我下载一个软件然后共享屏幕')).toBe(true); // nine between, fillers free
    expect(says(['客服 …12 共享屏幕'], '客服说我的快递丢了要先下载一个会议软件然后共享屏幕')).toBe(false); // seventeen
  });

  it('lets a letter or digit typed among the characters stand in a gap as punctuation does', () => {
    expect(says(['孩子 …1 不见了'], '孩子3天不见了')).toBe(true); // 3 is free, 天 is one
    expect(says(['孩子 …1 不见了'], '孩子33天不见了')).toBe(true);
    expect(says(['不想 … 活'], '不想a b c d活')).toBe(true);
    // An English word is never free: the gap between English parts counts every word.
    expect(says(['want …2 die'], 'want to go and die')).toBe(false);
    expect(says(['want …2 die'], 'want to die')).toBe(true);
  });

  it('is cancelled by what comes right before, where negation changes the meaning', () => {
    expect(says(['着火 !打不|点不'], '燃气灶打不着火')).toBe(false);
    expect(says(['着火 !打不|点不'], '厨房着火了')).toBe(true);
    expect(says(['着火 !打不|点不'], '打不开门，着火了')).toBe(true);
  });

  it('matches English words after contractions, with a hurried thumb’s typo in a long word, never a changed letter', () => {
    expect(says(['not … want to live'], "I just don't want to live")).toBe(true);
    expect(says(['suicide'], 'sucide')).toBe(true);
    expect(says(['suicide'], 'suicdie')).toBe(true);
    expect(says(['noose'], 'noise')).toBe(false);
    expect(says(['hopeless'], 'homeless')).toBe(false);
    expect(says(['kill …1 myself'], 'skills myself')).toBe(false);
    expect(says(['sparks'], 'parking')).toBe(false);
    expect(says(['dying'], 'drying')).toBe(false);
    expect(says(['want …2 die'], 'wnat to dei')).toBe(true); // two letters swapped, in short words too
    expect(says(['fire'], 'fier')).toBe(true);
    expect(says(['die'], 'ide')).toBe(false); // never the first letter
    expect(says(['die'], 'dye')).toBe(false); // a letter changed
    expect(says(['dead'], 'dad')).toBe(false); // one missing from a short word
    // A letter doubled or not, in a word of four letters or more: kil, killl (read as kil), bleding; never of for off.
    expect(says(['kill …1 myself'], 'i want to kil myself')).toBe(true);
    expect(says(['kill …1 myself'], 'killl myself')).toBe(true);
    expect(says(['bleeding'], 'he is bleding')).toBe(true);
    expect(says(['off …1 myself'], 'proud of myself')).toBe(false);
    expect(says(['gas leak'], 'gass leak')).toBe(true);
    // A vowel written as it sounds, in a word of seven letters or more: never in a shorter one (noise, noose).
    expect(says(['ambulance'], 'ambulence')).toBe(true);
    expect(says(['burglar'], 'burgler')).toBe(true);
    expect(says(['stroke'], 'strake')).toBe(false);
  });

  it('compares the real words the build lists only as typed: downing street is not drowning', () => {
    const real = saying({ ...recognition, realWords: ['downing'] });
    expect(says(['drowning'], 'downing street')).toBe(true);
    expect(real(['drowning'], 'downing street')).toBe(false);
    expect(real(['drowning'], 'he is drownig')).toBe(true);
  });
});
