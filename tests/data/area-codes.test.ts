import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { divisionsOf, loadAreaCodes } from '../../src/lib/content/area-codes.ts';
import { allRegions } from '../../src/lib/regions.ts';
import { allPlaces } from '../../src/lib/places.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const regions = allRegions();
const places = allPlaces(regions);
// Throws, with file and line, on any problem: a code two regions share without saying why, a prefecture without one.
const codes = loadAreaCodes(root, divisionsOf(regions, places));

describe('content/area-codes.yaml with the dataset\'s area-code table', () => {
  it('gives every prefecture and municipality a code, except those the table says it has none for', () => {
    const coded = new Set([...codes.regions.values()].flat());
    const without = regions.filter((r) => (r.level === 'city' || ['110000', '120000', '310000', '500000'].includes(r.code)) && !coded.has(r.code)).map((r) => r.code);
    expect(without).toEqual(['460300', '460400', '469000']);
  });

  it('leads the codes on old leaflets to their regions', () => {
    expect(codes.regions.get('0595')).toEqual(['350500']);
    expect(codes.regions.get('010')).toEqual(['110000']);
    expect(codes.regions.get('028')).toEqual(['510100']);
    expect(codes.regions.get('0431')).toEqual(['220100']);
    expect(codes.regions.get('0768')).toEqual(['445100']);
    expect(codes.regions.get('0710')).toEqual(['420600']);
    expect(codes.regions.get('0634')).toEqual(['370100']);
    expect(codes.regions.get('0433')).toEqual(['222400']);
  });

  it('leads a shared code to every region it names, never one of them', () => {
    expect(codes.regions.get('0731')).toEqual(['430100', '430200', '430300']);
    expect(codes.regions.get('029')).toEqual(['610100', '610400']);
  });

  it('gives a county its own code where the table names it (格尔木 0979), else its prefecture\'s', () => {
    expect(codes.of({ code: '632801', region: '632800' })).toBe('0979');
    expect(codes.of({ code: '350582', region: '350500' })).toBe('0595');
  });
});
