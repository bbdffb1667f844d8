import { describe, expect, it } from 'vitest';
import { readDialled } from '../../../../src/lib/places/search/area-codes.ts';

describe('readDialled', () => {
  it.each([
    ['0595-12369', '0595', '12369'],
    ['(0595)12333', '0595', '12333'],
    ['（0595）12333', '0595', '12333'],
    ['0595 12333', '0595', '12333'],
    ['059512369', '0595', '12369'],
    ['+86 595 12333', '0595', '12333'],
    ['+86-595-12333', '0595', '12333'],
    ['0086 595 12333', '0595', '12333'],
    ['０５９５－１２３６９', '0595', '12369'],
    ['010-12345', '010', '12345'],
    ['+86 10 12345', '010', '12345'],
    ['028', '028', ''],
    ['0431', '0431', ''],
    ['0595-', '0595', ''],
  ])('%s is area code %s and %s', (raw, areaCode, number) => {
    expect(readDialled(raw)).toEqual({ kind: 'area', areaCode, number });
  });

  it('reads the start of a code as such, a mobile number as no place', () => {
    expect(readDialled('059')).toEqual({ kind: 'areaStart', digits: '059' });
    expect(readDialled('13812345678')).toEqual({ kind: 'mobile' });
    expect(readDialled('+86 138 1234 5678')).toEqual({ kind: 'mobile' });
  });

  it('leaves a hotline number, with or without +86, to the hotline search', () => {
    for (const raw of ['12369', '+86 123-69', '+86 12369', '+86 10101101', '96119', '1236', '12345 环保', '泉州', '']) expect(readDialled(raw), raw).toBeNull();
  });
});
