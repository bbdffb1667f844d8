import { spokenName } from '../place-names.ts';
import { placeSyllables } from '../../locale/region-names.ts';
import { levelOf } from './places.ts';
import type { OtherName } from './other-names.ts';

/**
 * The rows of /search/other-names.json as the build writes them (src/data/places.ts), and as the former names'
 * derivation weighs them (history/former-names.ts), and the place file's pinyin: what of a name is said, and its pinyin. Build time only:
 * pinyin-pro stays out of the browser, which reads the rows (other-names.ts).
 */

/** The English words of a zone's or island's kind, longest first; what has none is romanised whole. */
export const ZONE_WORDS: readonly [string, string][] = [
  ['经济技术开发区', ' Economic and Technological Development Zone'],
  ['经济开发区', ' Economic Development Zone'],
  ['开发区', ' Development Zone'],
  ['示范区', ' Demonstration Zone'],
  ['合作区', ' Cooperation Zone'],
  ['新片区', ' New Section'],
  ['新区', ' New Area'],
  ['经开区', ' Development Zone'],
  ['岛', ' Island'],
  ['礁', ' Reef'],
];

/**
 * How many characters of another name are said alone: without its level (襄樊 of 襄樊市, read by the kind of the
 * division it leads to), or a zone's without its kind (两江 of 两江新区); an island keeps its 岛, and a name with
 * nothing that comes off is said whole.
 * @example otherSpoken('襄樊市', '420600') // 2
 * @example otherSpoken('两江新区', '500000') // 2
 */
export function otherSpoken(name: string, code: string): number {
  const zone = ZONE_WORDS.find(([w]) => w.length > 1 && name.endsWith(w) && [...name].length - [...w].length >= 2);
  return zone ? [...name].length - [...zone[0]].length : [...(spokenName(name, levelOf(code) === 'county' ? code : undefined) ?? name)].length;
}

/** A name's pinyin as the place search compares it: a syllable a character, without tones, ü written v as typed. */
export const typedSyllables = (name: string): string[] => placeSyllables(name).map((s) => s.replace(/ü/g, 'v'));

/**
 * A row of the other names' file: the name, what of it is said, its pinyin (ü written v), its label and the
 * divisions it leads to.
 * @param readAs the code whose kind reads the name's level: its own former code where known (吴县市, 320586: a
 *   county-level city), else the first division it leads to
 * @example otherNameRow('襄樊市', ['420600'], '襄樊市（2010 年更名为襄阳市）') // { name: '襄樊市', spoken: 2, syllables: 'xiang fan shi', … }
 */
export function otherNameRow(name: string, to: string[], label: string, readAs = to[0]!): OtherName {
  return { name, spoken: otherSpoken(name, readAs), syllables: typedSyllables(name).join(' '), label, to };
}
