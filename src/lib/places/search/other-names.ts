import type { PlaceEntry } from './places.ts';

/**
 * /search/other-names.json (/en/search/other-names.json…): names a query may use that are no current division —
 * former names (襄樊市) and zones people name (洋浦, 永兴岛) — each with the divisions it leads to and a label that
 * says what it is, in the page's language. Loaded only when a query finds no current name: not precached, and
 * kept apart from the place data that loads when typing starts (scripts/budgets.ts holds both).
 */
export interface OtherNamesFile {
  names: OtherName[];
  /** Traditional → simplified pairs of the names' characters (t2sPairs). */
  t2s: string;
}

export interface OtherName {
  /** As written in simplified characters: 襄樊市. */
  name: string;
  /** How many of its characters are said without the level (襄樊 of 襄樊市); the whole name when none comes off. */
  spoken: number;
  /** The pinyin of each character, without tones, ü written v: "xiang fan shi". */
  syllables: string;
  /** What the result shows, in the page's language, with what the name is now: "襄樊市（2010 年更名为襄阳市）". */
  label: string;
  /** The divisions it leads to, by code: one, or each a citizen may mean (西咸新区: 西安, 咸阳). */
  to: string[];
}

/**
 * What of an other name the place search matches: the name and what of it is said (襄樊市, 襄樊), their pinyin
 * and initials.
 * @example searchForms({ name: '襄樊市', spoken: 2, syllables: 'xiang fan shi', label: '', to: [] }).pinyin // ['xiangfanshi', 'xiangfan']
 */
export function searchForms(n: OtherName): Pick<PlaceEntry, 'names' | 'pinyin' | 'initials'> {
  const chars = [...n.name];
  const read = n.syllables.split(' ');
  const forms = [...new Set([chars.length, n.spoken])];
  return {
    names: forms.map((k) => chars.slice(0, k).join('')),
    pinyin: forms.map((k) => read.slice(0, k).join('')),
    initials: forms.map((k) => read.slice(0, k).map((s) => s.charAt(0)).join('')),
  };
}

/**
 * The names of the file as the place search compares them, each leading to a current division: its region, level
 * and code (so a county's result links to its region's page at #via-), under the other name and its label.
 * A code no current division has is left out.
 * @example otherEntries(file, (c) => byCode.get(c)).find((e) => e.name === '襄樊市')?.region // '420600'
 */
export function otherEntries(file: Pick<OtherNamesFile, 'names'>, division: (code: string) => PlaceEntry | undefined): PlaceEntry[] {
  return file.names.flatMap((n) => {
    const forms = searchForms(n);
    return n.to.flatMap((code) => {
      const now = division(code);
      return now ? [{ code: now.code, region: now.region, level: now.level, name: n.name, label: n.label, ...forms }] : [];
    });
  });
}
