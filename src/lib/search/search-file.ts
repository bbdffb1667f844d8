import type { Hotline } from '../schema/catalogue.ts';
import { searchEntry, type AnsweredNumber } from './build-entries.ts';
import type { SearchFile } from './entry.ts';
import { pinyinForms, pinyinReadings } from './pinyin.ts';
import { pinyinTerms } from './readings.ts';
import { t2sPairs } from './t2s-map.ts';

/**
 * The search data for one page's box: its entries, the traditional →
 * simplified pairs for their characters, and the pinyin table their words
 * are spelt from. Build time only.
 */
export function searchFile(answered: readonly AnsweredNumber[], catalogue: ReadonlyMap<string, Hotline>): SearchFile {
  const bare = answered.map((a) => searchEntry(a, catalogue.get(a.number)));
  const { readings, misspelt } = pinyinReadings(bare.flatMap(pinyinTerms));
  const entries = bare.map((e) => ({ ...e, ...pinyinForms(pinyinTerms(e).filter((t) => misspelt.includes(t))) }));
  // Safety words too: 憂鬱 typed in traditional characters must still read as 忧郁.
  const texts = entries.flatMap((e) => [e.name, ...e.names, ...e.keywords, e.department, ...(e.first ?? [])]);
  return { entries, t2s: t2sPairs(texts), pinyin: readings };
}
