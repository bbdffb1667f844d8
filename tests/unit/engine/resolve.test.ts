import { describe, expect, it } from 'vitest';
import { lookup, regionLines, resolveList } from '../../../src/lib/engine/resolve.ts';
import { lists, province } from '../../support/tiny-lists.ts';
import { list } from '../../../src/lib/schema/list.ts';

const resolve = (code: string, parent: string | null) => resolveList({ code, parent }, lists);

describe('resolveList', () => {
  it('uses a region’s own list', () => {
    expect(resolve('350500', '350000')).toMatchObject({ kind: 'own', list: { region: '350500' } });
  });
  it('falls back to the province’s list, marked inherited', () => {
    expect(resolve('350200', '350000')).toMatchObject({ kind: 'inherited', from: '350000' });
  });
  it('says none where neither has a list', () => {
    expect(resolve('440100', '440000')).toEqual({ kind: 'none' });
    expect(resolve('440000', null)).toEqual({ kind: 'none' });
  });
});

describe('regionLines and lookup', () => {
  it('applies a single-city exception only in that city', () => {
    const xiamen = regionLines('350200', resolve('350200', '350000')).find((l) => l.number === '12333');
    const fuzhou = regionLines('350100', resolve('350100', '350000')).find((l) => l.number === '12333');
    expect(xiamen).toMatchObject({ mode: 'parallel', agents: 'kept', exception: '暂时保留厦门市 12333', inheritedFrom: '350000' });
    expect(fuzhou).toMatchObject({ mode: 'merged', agents: 'cancelled', exception: null });
  });

  it('keeps a line meant for one city out of the others, but not out of the province', () => {
    expect(lookup('350100', resolve('350100', '350000'), '12319').kind).toBe('line');
    expect(lookup('350000', resolve('350000', null), '12319').kind).toBe('line');
    expect(lookup('350300', resolve('350300', '350000'), '12319')).toEqual({ kind: 'otherRegions', onlyIn: ['350100'] });
    expect(regionLines('350300', resolve('350300', '350000')).map((l) => l.number)).toEqual(['12333', '12393']);
  });

  it('finds a line by its second number', () => {
    expect(lookup('350000', resolve('350000', null), '96618')).toMatchObject({ kind: 'line', line: { number: '12393' } });
  });

  it('tells "not mentioned" from "no list"', () => {
    expect(lookup('350500', resolve('350500', '350000'), '12369').kind).toBe('notMentioned');
    expect(lookup('440100', resolve('440100', '440000'), '12369').kind).toBe('noList');
  });
});

describe('a list held in part', () => {
  const held = { stopsAfter: '保留12315、123', why: { zh: '转载文本中断', en: 'the repost breaks off' } };
  const partial = new Map([['450000', list.parse({ ...province, region: '450000', source: { ...province.source, id: 'partial', heldInPart: held } })]]);
  const guangxi = (code: string) => resolveList({ code, parent: code === '450000' ? null : '450000' }, partial);

  it('answers the numbers its text names, and says of any other that the copy we hold stops before it', () => {
    expect(lookup('450100', guangxi('450100'), '12393').kind).toBe('line');
    expect(lookup('450100', guangxi('450100'), '12369')).toEqual({ kind: 'pastBreak', heldInPart: held });
    expect(lookup('450000', guangxi('450000'), '12366').kind).toBe('pastBreak');
  });

  it('is never "not mentioned", and a list held whole still is', () => {
    expect(lookup('450100', guangxi('450100'), '12369').kind).not.toBe('notMentioned');
    expect(lookup('350500', resolve('350500', '350000'), '12369').kind).toBe('notMentioned');
  });
});
