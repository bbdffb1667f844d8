import { describe, expect, it } from 'vitest';
import { listYear } from '../../../src/lib/wording/list-year.ts';
import { city, province } from '../../support/tiny-lists.ts';

describe('listYear', () => {
  it('is the year of the list’s date when it has one', () => {
    expect(listYear({ ...city, source: { ...city.source, date: '2021-11-30' } })).toBe('2021');
  });
  it('else the year its schedules carry', () => {
    expect(listYear(province)).toBe('2021');
  });
  it('else unknown, never guessed', () => {
    expect(listYear(city)).toBeNull();
  });
});
