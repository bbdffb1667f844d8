import { describe, expect, it } from 'vitest';
import { t2sMap, t2sPairs } from '../../../src/lib/search/t2s-map.ts';
import { readT2S } from '../../../src/lib/search/normalise.ts';

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

  it('never rewrites a character the data itself uses (幺 and 么 both in the data: 么 stays 么)', () => {
    expect(t2sMap(['幺', '什么'])['么']).toBeUndefined();
    expect(t2sMap(['什么'])).not.toHaveProperty('么');
  });

  it('travels as one string of pairs, read back into the same map', () => {
    expect(t2sPairs(['环保'])).toBe('環环');
    expect(readT2S(t2sPairs(['环保', '医保', '污染']))).toEqual(t2sMap(['环保', '医保', '污染']));
  });
});
