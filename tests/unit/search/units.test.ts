import { describe, expect, it, vi } from 'vitest';
import { bigrams, browserSegment, queryUnits } from '../../../src/lib/search/units.ts';

describe('queryUnits', () => {
  const segment = browserSegment();

  it('splits Chinese into words with the runtime’s Intl.Segmenter', () => {
    expect(segment).not.toBeNull();
    expect(queryUnits('拖欠工资', segment)).toEqual(['拖欠', '工资']);
    // ICU splits 假货 into 假, 货: single characters next to each other are one unit again.
    expect(queryUnits('买到假货', segment)).toEqual(['买到', '假货']);
  });

  it('keeps each run whole without a segmenter, Latin and Han apart, digits out', () => {
    expect(queryUnits('拖欠工资', null)).toEqual(['拖欠工资']);
    expect(queryUnits('ktv太吵', null)).toEqual(['ktv', '太吵']);
    expect(queryUnits('12369环保', null)).toEqual(['环保']);
  });
});

describe('bigrams', () => {
  it('gives the character pairs of a longer Chinese unit, and short units and Latin words as they are', () => {
    expect(bigrams('taxi')).toEqual(['taxi']);
    expect(bigrams('饭店油烟')).toEqual(['饭店', '店油', '油烟']);
    expect(bigrams('假货')).toEqual(['假货']);
    expect(bigrams('吵')).toEqual(['吵']);
  });
});

describe('browserSegment', () => {
  it('keeps every piece of a run of Han characters, word-like or not (Firefox called 噪音 not word-like, and it was lost)', () => {
    const Real = Intl.Segmenter;
    class NotWordLike {
      segment(text: string) {
        return [...new Real('zh', { granularity: 'word' }).segment(text)].map((s) => ({ ...s, isWordLike: false }));
      }
    }
    vi.stubGlobal('Intl', Object.assign(Object.create(Intl), { Segmenter: NotWordLike }));
    try {
      expect(queryUnits('噪音', browserSegment())).toEqual(['噪音']);
      expect(queryUnits('拖欠工资', browserSegment())).toEqual(['拖欠', '工资']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
