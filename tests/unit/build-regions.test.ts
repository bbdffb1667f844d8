import { describe, expect, it } from 'vitest';
import { builtRegions } from '../../src/lib/build-regions.ts';

const regions = [{ code: '350000' }, { code: '350500' }, { code: '440100' }];

describe('builtRegions', () => {
  it('is every region unless BUILD_REGIONS is given', () => {
    expect(builtRegions(regions, {})).toEqual(regions);
    expect(builtRegions(regions, { BUILD_REGIONS: ' ' })).toEqual(regions);
  });
  it('is the regions BUILD_REGIONS names, in the dataset’s order', () => {
    expect(builtRegions(regions, { BUILD_REGIONS: '440100, 350500' }).map((r) => r.code)).toEqual(['350500', '440100']);
  });
  it('refuses a code it does not know, naming it, rather than build a site without it', () => {
    expect(() => builtRegions(regions, { BUILD_REGIONS: '350500,35050' })).toThrow(
      'BUILD_REGIONS: found "35050"; expected the six-digit codes of regions, separated by commas, e.g. BUILD_REGIONS=350500,440100',
    );
  });
});
