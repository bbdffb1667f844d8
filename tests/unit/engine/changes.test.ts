import { describe, expect, it } from 'vitest';
import { changeInForce, changesFor, inScope } from '../../../src/lib/engine/changes.ts';
import { changes, reassigned, stopped } from '../../support/tiny-changes.ts';

describe('inScope', () => {
  it('nationwide speaks for every region and for "anywhere"', () => {
    expect(inScope(stopped, { code: '650100', parent: '650000' })).toBe(true);
    expect(inScope(stopped, null)).toBe(true);
  });
  it('a province list speaks for the province and its prefectures only', () => {
    expect(inScope(reassigned, { code: '350000', parent: null })).toBe(true);
    expect(inScope(reassigned, { code: '350500', parent: '350000' })).toBe(true);
    expect(inScope(reassigned, { code: '440100', parent: '440000' })).toBe(false);
    expect(inScope(reassigned, null)).toBe(false);
  });
});

describe('changeInForce and changesFor', () => {
  it('holds from the effective day on, not the day before', () => {
    expect(changeInForce(changes, '12369', null, '2024-04-30')?.id).toBe('stopped');
    expect(changeInForce(changes, '12369', null, '2024-04-29')).toBeNull();
  });
  it('lists a region’s changes, all or those in force', () => {
    const fuzhou = { code: '350100', parent: '350000' };
    expect(changesFor(changes, fuzhou).map((c) => c.id)).toEqual(['stopped', 'reassigned']);
    expect(changesFor(changes, fuzhou, '2025-01-01').map((c) => c.id)).toEqual(['stopped']);
  });
});
