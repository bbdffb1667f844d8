import type { Hotline } from '../schema/catalogue.ts';
import { searchEntry, type AnsweredNumber } from './build-entries.ts';
import type { SearchFile } from './entry.ts';
import { t2sMap } from './t2s-map.ts';

/**
 * The search data for one page's box: its entries and the traditional →
 * simplified pairs for their characters. Build time only.
 */
export function searchFile(answered: readonly AnsweredNumber[], catalogue: ReadonlyMap<string, Hotline>): SearchFile {
  const entries = answered.map((a) => searchEntry(a, catalogue.get(a.number)));
  const texts = entries.flatMap((e) => [e.name, ...e.names, ...e.keywords, e.department]);
  return { entries, t2s: t2sMap(texts) };
}
