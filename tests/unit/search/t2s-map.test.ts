import { describe, expect, it } from 'vitest';
import { t2sMap } from '../../../src/lib/search/t2s-map.ts';

describe('t2sMap', () => {
  it('maps the traditional forms of the data’s characters to them', () => {
    expect(t2sMap(['环保', '医保'])).toMatchObject({ 環: '环', 醫: '医' });
  });

  it('includes forms that only phrase conversion produces', () => {
    expect(t2sMap(['污染'])['汙']).toBe('污');
  });

  it('holds only characters of the data, so the browser gets a small map', () => {
    const map = t2sMap(['环保']);
    expect(Object.values(map).every((s) => '环保'.includes(s))).toBe(true);
    expect(Object.keys(map).length).toBeLessThan(5);
  });
});
