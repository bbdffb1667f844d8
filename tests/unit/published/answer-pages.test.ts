import { describe, expect, it } from 'vitest';
import { answerNumbers } from '../../../src/lib/published/answer-pages.ts';
import { resolveList } from '../../../src/lib/engine/resolve.ts';
import type { Region } from '../../../src/lib/places/regions.ts';
import { lists } from '../../support/tiny-lists.ts';

const regions: Region[] = [
  { code: '350000', name: '福建省', parent: null, level: 'province' },
  { code: '350200', name: '厦门市', parent: '350000', level: 'city' },
  { code: '350500', name: '泉州市', parent: '350000', level: 'city' },
  { code: '440000', name: '广东省', parent: null, level: 'province' },
  { code: '440100', name: '广州市', parent: '440000', level: 'city' },
];
const pages = (changedIn: (r: Region) => readonly string[] = () => []) =>
  answerNumbers(regions, (code) => resolveList(regions.find((r) => r.code === code)!, lists), ['12369', '12333'], changedIn);
const numbersOf = (pairs: [string, string][], code: string) => pairs.filter(([c]) => c === code).map(([, n]) => n);

describe('answerNumbers', () => {
  it('gives a region with a list every national line and every number and alias its list names, once each', () => {
    expect(numbersOf(pages(), '350000')).toEqual(['12369', '12333', '12319', '12393', '96618']);
    // Xiamen inherits the province's list.
    expect(numbersOf(pages(), '350200')).toEqual(['12369', '12333', '12319', '12393', '96618']);
  });

  it('never gives a region another region’s own lines: Quanzhou has its list’s 12366, Fujian does not', () => {
    expect(numbersOf(pages(), '350500')).toEqual(['12369', '12333', '12366']);
    expect(numbersOf(pages(), '350000')).not.toContain('12366');
  });

  it('gives a region without a list only the numbers national changes decide there, once each', () => {
    expect(numbersOf(pages(), '440100')).toEqual([]);
    expect(numbersOf(pages((r) => (r.parent === null ? [] : ['12369', '12369'])), '440100')).toEqual(['12369']);
  });
});

describe('answerNumbers, with reports', () => {
  it('gives a number a report names its page, in a region with a list or without, once each', () => {
    const reported = answerNumbers(regions, (code) => resolveList(regions.find((r) => r.code === code)!, lists), ['12369', '12333'], () => [], (r) => (r.code === '440100' || r.code === '350500' ? ['96119', '12333'] : []));
    expect(numbersOf(reported, '440100')).toEqual(['96119', '12333']);
    expect(numbersOf(reported, '350500')).toEqual(['12369', '12333', '12366', '96119']);
  });
});
