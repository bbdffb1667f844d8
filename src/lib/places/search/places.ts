import { parseReadings } from '../../search/readings.ts';
import { romanised } from '../../locale/romanise.ts';

/**
 * How a file's labels are made from the names where a row gives none: the
 * names as written (Simplified Chinese), character by character (traditional:
 * pairs '晋晉', simplified first), or romanised from the pinyin with the
 * level's English word (Jinjiang, Wuhou District).
 */
export type LabelRule = { kind: 'name' } | { kind: 'characters'; pairs: string } | { kind: 'latin'; levels: Record<string, string> };

/**
 * /search/places.json (/en/search/places.json…): every province, prefecture
 * and county-level division, loaded when a citizen starts typing on the home page.
 */
export interface PlaceFile {
  /**
   * Every division in code order, rows apart by ",". A row is the code — only
   * its last two digits when its first four are the previous row's — and the
   * name, then only what the name does not say itself, after "|": how many of
   * its characters are said without the level (when not all but the last,
   * where two or more are left; 0 for none), its label (when `labels` would
   * make another), and its pinyin (when the table would misspell it: 单县
   * "shan xian"). "350500泉州市,82晋江市,71泉州经济技术开发区|0".
   */
  places: string;
  labels: LabelRule;
  /** The pinyin of every character of the names: "jin晋ji江…" (readings.ts). */
  pinyin: string;
  /** Traditional → simplified pairs of the names' characters: '晉晋' (readT2S). */
  t2s: string;
  /** Area code → the divisions it names: { "0595": ["350500"], "0719": ["420300", "429021"] }. */
  areaCodes: Record<string, string[]>;
  /** Which national numbers each region's answer pages answer: groups of regions with the same numbers. */
  answers: { numbers: string[]; regions: string[] }[];
}

/** One row of the place file, read. */
export interface PlaceRow {
  code: string;
  name: string;
  /** Characters said without the level: 2 for 晋江市; 0 for 赵县, whose 赵 alone names nothing. */
  spoken: number;
  /** The label the row gives itself, or '' where the file's rule makes it. */
  label: string;
  /** The name's syllables where the row gives them, else []. */
  syllables: string[];
}

/** A division as the search compares it. */
export interface PlaceEntry {
  code: string;
  /** The region whose answer applies there: its own code for a region. */
  region: string;
  level: 'province' | 'city' | 'county';
  /** The dataset name, simplified. */
  name: string;
  /** As the page's language shows it: what the result shows as its key. */
  label: string;
  /** Simplified forms matched whole: the name, and without its level (晋江市, 晋江). */
  names: string[];
  /** Their pinyin without tones or spaces (jinjiangshi, jinjiang). */
  pinyin: string[];
  /** Their initials (jjs, jj). */
  initials: string[];
}

/** What a row says without the level when it does not say otherwise: all but the last character, if two or more are left. */
const usualSpoken = (name: string) => ([...name].length - 1 >= 2 ? [...name].length - 1 : 0);

/**
 * Reads the rows of a place file.
 * @example placeRows('350500泉州市,82晋江市') // [{ code: '350500', name: '泉州市', spoken: 2, … }, { code: '350582', name: '晋江市', … }]
 */
export function placeRows(places: string): PlaceRow[] {
  let prefix = '';
  return places.split(',').flatMap((row) => {
    const [head = '', spoken, label = '', syllables = ''] = row.split('|');
    const found = /^(\d{6}|\d{2})(.+)$/.exec(head);
    if (!found) return [];
    const code = found[1]!.length === 6 ? found[1]! : prefix + found[1]!;
    prefix = code.slice(0, 4);
    const name = found[2]!;
    return [{ code, name, spoken: spoken ? Number(spoken) : usualSpoken(name), label, syllables: syllables ? syllables.split(' ') : [] }];
  });
}

/**
 * Writes rows as the place file carries them (placeRows reads them back).
 * @example writePlaceRows([{ code: '350500', name: '泉州市', spoken: 2, label: '', syllables: [] }]) // '350500泉州市'
 */
export function writePlaceRows(rows: readonly PlaceRow[]): string {
  let prefix = '';
  return rows
    .map((r) => {
      const code = r.code.slice(0, 4) === prefix ? r.code.slice(4) : r.code;
      prefix = r.code.slice(0, 4);
      const extra = [r.spoken === usualSpoken(r.name) ? '' : String(r.spoken), r.label, r.syllables.join(' ')];
      while (extra.length > 0 && extra[extra.length - 1] === '') extra.pop();
      return [code + r.name, ...extra].join('|');
    })
    .join(',');
}

/**
 * How the file's rule labels a row that gives no label of its own.
 * @example labeller({ kind: 'latin', levels: { 区: ' District' } })({ name: '武侯区', spoken: 2 }, ['wu', 'hou', 'qu']) // 'Wuhou District'
 */
export function labeller(rule: LabelRule): (row: Pick<PlaceRow, 'name' | 'spoken'>, syllables: readonly string[]) => string {
  if (rule.kind === 'name') return (row) => row.name;
  if (rule.kind === 'characters') {
    const pairs = new Map((rule.pairs.match(/../gu) ?? []).map((p) => [...p] as [string, string]));
    return (row) => [...row.name].map((c) => pairs.get(c) ?? c).join('');
  }
  return (row, syllables) => {
    // The base is what is said without the level; a name with none said apart (赵县) is romanised up to its level.
    const chars = [...row.name];
    const level = row.spoken > 0 ? '' : Object.keys(rule.levels).filter((l) => row.name.endsWith(l) && l.length < row.name.length).sort((a, b) => b.length - a.length)[0];
    const base = row.spoken > 0 ? row.spoken : chars.length - [...(level ?? '')].length;
    return romanised(syllables.slice(0, base).map((x) => x.replace(/v/g, 'ü'))) + (rule.levels[chars.slice(base).join('')] ?? '');
  };
}

/**
 * The level of a six-digit code: 350000 a province, 350500 a prefecture, 350582 a county-level division.
 * @example levelOf('350582') // 'county'
 */
export const levelOf = (code: string): PlaceEntry['level'] => (code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county');

/**
 * The region whose answer applies to a division: its prefecture, the
 * province's group of directly administered counties (429004 → 429000), or a
 * municipality for its districts (110105 → 110000); a region for itself.
 * @example answeringRegion('350582', (c) => c === '350500') // '350500'
 */
export function answeringRegion(code: string, isRegion: (code: string) => boolean): string | null {
  if (isRegion(code)) return code;
  for (const candidate of [`${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`]) if (isRegion(candidate)) return candidate;
  return null;
}

/**
 * The divisions of a place file as the search compares them, pinyin spelt
 * from its table and labels made by its rule. Done once, when the data arrives.
 * @example placeEntries(file).find((p) => p.code === '350582')?.pinyin // ['jinjiangshi', 'jinjiang']
 */
export function placeEntries(file: Pick<PlaceFile, 'places' | 'pinyin' | 'labels'>): PlaceEntry[] {
  const table = parseReadings(file.pinyin);
  const rows = placeRows(file.places);
  const regions = new Set(rows.map((r) => r.code).filter((c) => levelOf(c) !== 'county'));
  const label = labeller(file.labels);
  return rows.flatMap((row) => {
    const region = answeringRegion(row.code, (c) => regions.has(c));
    if (!region) return [];
    const chars = [...row.name];
    const read = row.syllables.length > 0 ? row.syllables : chars.map((c) => table.get(c) ?? '');
    const forms = [chars.length, ...(row.spoken > 0 ? [row.spoken] : [])];
    return [
      {
        code: row.code,
        region,
        level: levelOf(row.code),
        name: row.name,
        label: row.label || label(row, read),
        names: forms.map((n) => chars.slice(0, n).join('')),
        pinyin: forms.map((n) => read.slice(0, n).join('')),
        initials: forms.map((n) => read.slice(0, n).map((x) => x.charAt(0)).join('')),
      },
    ];
  });
}

/** How a division matched: its name or pinyin whole (晋江, jinjiang), or only its start or initials (晋江市 for 晋江s…, jinj, jj). */
export interface PlaceMatch {
  place: PlaceEntry;
  exact: boolean;
}

// English level words a citizen may type after a name (Jinjiang District): they narrow nothing the name does not.
const LEVEL_WORDS = new Set(['city', 'county', 'district', 'forestry', 'special', 'autonomous', 'banner', 'prefecture', 'league', 'province', 'new', 'area', 'zone', 'islands', 'shi', 'qu', 'xian', 'sheng']);
const LEVEL_ORDER = { province: 0, city: 1, county: 2 } as const;

/** Finding divisions: by the whole of a name (for telling a place from the rest of a question), or by a query as typed. */
export interface PlaceSearch {
  /** Divisions named exactly by the text (name or pinyin, with or without the level), at once from an index. */
  exactly: (text: string, words: readonly string[]) => PlaceEntry[];
  /** Every division the query fits, whole or by its start, best first. */
  find: (text: string, words: readonly string[]) => PlaceMatch[];
}

/**
 * Finds divisions by what a citizen calls them: the name with or without its
 * level, its pinyin or initials (in any language's page the same), whole or by
 * its start. Whole matches first, then regions before counties, in code order;
 * every division a name fits is returned, each once — a name several places share (鼓楼区)
 * is never settled by guessing.
 * `text` is the query's text as normaliseQuery gives it (simplified, lower
 * case, no spaces), `words` its Latin words, to drop English level words (jinjiang district).
 * @example createPlaceSearch(entries).find('鼓楼区', []).map((m) => m.place.region) // ['320100', '320300', '350100', '410200']
 */
export function createPlaceSearch(entries: readonly PlaceEntry[]): PlaceSearch {
  const byName = new Map<string, PlaceEntry[]>();
  for (const place of entries) for (const key of new Set([...place.names, ...place.pinyin])) byName.set(key, [...(byName.get(key) ?? []), place]);
  const order = (a: PlaceEntry, b: PlaceEntry) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (a.code < b.code ? -1 : 1);
  const queryOf = (text: string, words: readonly string[]) => {
    const level = words.filter((w) => LEVEL_WORDS.has(w));
    return /^[a-z]+$/.test(text) && level.length > 0 && level.length < words.length ? words.filter((w) => !LEVEL_WORDS.has(w)).join('') : text;
  };
  return {
    exactly: (text, words) => oncePerDivision([...(byName.get(queryOf(text, words)) ?? [])].sort(order), (p) => p),
    find: (text, words) => {
      const query = queryOf(text, words);
      const latin = /^[a-z]+$/.test(query);
      if ([...query].length < (latin ? 2 : 1)) return [];
      const exact = new Set(byName.get(query) ?? []);
      const matches: PlaceMatch[] = [...exact].map((place) => ({ place, exact: true }));
      // The start of a name says something from two characters (晋江), or three letters of pinyin (jin);
      // initials only whole, and never as surely as a name: jj is 晋江, 九江, 靖江… and gjj is 公积金.
      for (const place of entries) {
        if (exact.has(place)) continue;
        const start = latin
          ? (query.length >= 3 && place.pinyin.some((p) => p.startsWith(query))) || place.initials.includes(query)
          : [...query].length >= 2 && place.names.some((n) => n.startsWith(query));
        if (start) matches.push({ place, exact: false });
      }
      return oncePerDivision(
        matches.sort((a, b) => Number(b.exact) - Number(a.exact) || order(a.place, b.place)),
        (m) => m.place,
      );
    },
  };
}

/**
 * Each division once, the first found kept: another name of the same one adds nothing (杨凌示范区 beside 杨凌,
 * the former 龙海市 beside 龙海区, which both "龙海" finds).
 */
function oncePerDivision<T>(found: T[], placeOf: (t: T) => PlaceEntry): T[] {
  const seen = new Set<string>();
  return found.filter((t) => {
    const key = `${placeOf(t).region} ${placeOf(t).code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
