import { labeller, writePlaceRows, type LabelRule, type PlaceFile, type PlaceRow } from './places.ts';
import { pinyinReadings } from '../../search/pinyin.ts';
import { parseReadings } from '../../search/readings.ts';
import { t2sPairs } from '../../search/t2s-map.ts';
import { romanised } from '../../locale/romanise.ts';

/** A division as the place data is built from it. */
export interface PlaceSource {
  code: string;
  name: string;
  /** The name as the page's language shows it. */
  label: string;
  /** How many characters of the name are said without its level (spokenName); 0 for none. */
  spoken: number;
}

/** How the page's language writes names: as they are, in other characters, or in Latin letters. */
export type LabelKind = LabelRule['kind'];

/**
 * The rule that makes the most labels right, learnt from the labels
 * themselves: traditional characters one by one (晋 → 晉), or each level's
 * English word after the romanised base (区 → " District"). Rows it gets
 * wrong keep their own label.
 */
function learnRule(kind: LabelKind, divisions: readonly PlaceSource[], syllablesOf: (d: PlaceSource) => string[]): LabelRule {
  if (kind === 'name') return { kind };
  const votes = new Map<string, Map<string, number>>();
  const vote = (key: string, value: string) => {
    const seen = votes.get(key) ?? new Map<string, number>();
    seen.set(value, (seen.get(value) ?? 0) + 1);
    votes.set(key, seen);
  };
  for (const d of divisions) {
    if (kind === 'characters') {
      const [from, to] = [[...d.name], [...d.label]];
      if (from.length === to.length) from.forEach((c, i) => c !== to[i] && vote(c, to[i]!));
    } else {
      // The base is what is said without the level; for a name with none said apart (赵县, 石家庄高新技术产业开发区),
      // the longest start whose romanisation the label starts with.
      const chars = [...d.name];
      const bases = d.spoken > 0 ? [d.spoken] : chars.map((_, i) => chars.length - 1 - i).filter((n) => n > 0);
      for (const n of bases) {
        const base = romanised(syllablesOf(d).slice(0, n).map((x) => x.replace(/v/g, 'ü')));
        if (d.label.startsWith(base)) {
          vote(chars.slice(n).join(''), d.label.slice(base.length));
          break;
        }
      }
    }
  }
  const chosen = [...votes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, seen]) => [key, [...seen].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]] as const);
  return kind === 'characters' ? { kind, pairs: chosen.map(([a, b]) => a + b).join('') } : { kind, levels: Object.fromEntries(chosen) };
}

/**
 * The place data of one language's pages: every division as a row, the
 * pinyin table its names are spelt from (the few it would misspell carry their
 * own syllables), the rule that makes labels (rows it would get wrong carry
 * their own), traditional → simplified pairs, area codes, and which national
 * numbers each region's answer pages answer. Build time only.
 * @param readName a name's syllables, ü written v, each as the place is read (placeSyllables)
 * @param answered each region's answered numbers that are national lines (the home page's hotline results)
 * @example placeFile([{ code: '350500', name: '泉州市', label: '泉州市', spoken: 2 }], 'name', read, new Map([['0595', ['350500']]]), answered).places // '350500泉州市'
 */
export function placeFile(
  divisions: readonly PlaceSource[],
  labels: LabelKind,
  readName: (name: string) => string[],
  areaCodes: ReadonlyMap<string, readonly string[]>,
  answered: ReadonlyMap<string, readonly string[]>,
): PlaceFile {
  const names = divisions.map((d) => d.name);
  const { readings, misspelt } = pinyinReadings(names, readName);
  const table = parseReadings(readings);
  const wrong = new Set(misspelt);
  const syllablesOf = (d: PlaceSource) => (wrong.has(d.name) ? readName(d.name) : [...d.name].map((c) => table.get(c) ?? ''));
  const rule = learnRule(labels, divisions, syllablesOf);
  const label = labeller(rule);
  const rows = divisions.map(
    (d): PlaceRow => ({
      code: d.code,
      name: d.name,
      spoken: d.spoken,
      label: label(d, syllablesOf(d)) === d.label ? '' : d.label,
      syllables: wrong.has(d.name) ? readName(d.name) : [],
    }),
  );
  const groups = new Map<string, { numbers: string[]; regions: string[] }>();
  for (const [region, numbers] of answered) {
    const key = [...numbers].sort().join(' ');
    const group = groups.get(key) ?? { numbers: [...numbers].sort(), regions: [] };
    group.regions.push(region);
    groups.set(key, group);
  }
  return {
    places: writePlaceRows(rows),
    labels: rule,
    pinyin: readings,
    t2s: t2sPairs(names),
    areaCodes: Object.fromEntries([...areaCodes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, ds]) => [code, [...ds]])),
    answers: [...groups.values()].filter((g) => g.numbers.length > 0),
  };
}
