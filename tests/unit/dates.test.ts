import { describe, expect, it } from 'vitest';
import { buildDay, reviewIsStale, todayInChina } from '../../src/lib/dates.ts';

describe('buildDay', () => {
  it('takes BUILD_DATE when it is a real day', () => {
    expect(buildDay({ BUILD_DATE: '2024-04-30' })).toBe('2024-04-30');
  });
  it('refuses a malformed or impossible BUILD_DATE, naming it', () => {
    expect(() => buildDay({ BUILD_DATE: '2021-02-30' })).toThrow('BUILD_DATE: found "2021-02-30"; expected a real date written YYYY-MM-DD');
    expect(() => buildDay({ BUILD_DATE: '28/11/2026' })).toThrow('BUILD_DATE');
    expect(() => buildDay({ BUILD_DATE: '2026-13-01' })).toThrow('BUILD_DATE');
  });
  it('is today in China otherwise: the next day from 16:00 UTC', () => {
    expect(buildDay({}, new Date('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
    expect(buildDay({}, new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
    expect(todayInChina(new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
  });
  it('turns the month at midnight in China: 2024-04-30T16:00Z is already 1 May there', () => {
    expect(buildDay({}, new Date('2024-04-30T15:59:59.999Z'))).toBe('2024-04-30');
    expect(buildDay({}, new Date('2024-04-30T16:00:00.000Z'))).toBe('2024-05-01');
    expect(buildDay({ BUILD_DATE: '' }, new Date('2024-04-30T16:00:00Z'))).toBe('2024-05-01');
    // The year too: 31 December 16:00 UTC is New Year's Day in China.
    expect(todayInChina(new Date('2024-12-31T15:59:59Z'))).toBe('2024-12-31');
    expect(todayInChina(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
  });
  it('refuses a BUILD_DATE in any other form, whatever today is', () => {
    for (const given of ['2024-04-31', '2024-4-30', '20240430', '2024-04-30T16:00Z', ' 2024-04-30', 'today']) {
      expect(() => buildDay({ BUILD_DATE: given }), given).toThrow(`BUILD_DATE: found "${given}"; expected a real date written YYYY-MM-DD`);
    }
  });
});

describe('reviewIsStale', () => {
  it('warns only once a review is more than a year old', () => {
    expect(reviewIsStale('2025-11-28', '2026-11-28')).toBe(false);
    expect(reviewIsStale('2025-11-28', '2026-11-29')).toBe(true);
    expect(reviewIsStale('2024-02-29', '2025-03-01')).toBe(false);
    expect(reviewIsStale('2024-02-29', '2025-03-02')).toBe(true);
  });
});
