import { readDialled } from '../places/search/area-codes.ts';
import { normaliseQuery, type T2S } from './normalise.ts';
import type { PlaceEntry, PlaceSearch } from '../places/search/places.ts';
import { isPlaceWord, placeNameKind } from '../places/search/place-words.ts';

/** A hotline result as the hotline search gives it: its number, and the page it links to. */
export interface HotlineResult {
  key: string;
  href: string;
  /** What it says at once (an emergency number, 12345 itself, the crisis line): such a result comes before any place. */
  notice?: unknown;
}

/** One result of the home page's question. */
export type Answer<H extends HotlineResult> =
  /** A place alone: its region's page (晋江 → 泉州's page, saying why). */
  | { kind: 'place'; place: PlaceEntry }
  /** A place with a number or problem: its region's answer for that number. */
  | { kind: 'answer'; place: PlaceEntry; number: string; hotline: H }
  /** A number or problem, as the hotline search answers it. */
  | { kind: 'hotline'; hotline: H };

/** What the question found; `unknownPlace` when it named a place we do not know (an area code, a mobile number). */
export interface Asked<H extends HotlineResult> {
  results: Answer<H>[];
  unknownPlace: boolean;
  /** The query names a place by a name we do not know as a county-level division (火星区, 某某开发区): which city is it in? */
  notPlace?: boolean | undefined;
}

/** What answering a question draws on: the place and hotline searches, and which answers exist. */
export interface QuestionSources<H extends HotlineResult> {
  places: PlaceSearch;
  /** Divisions by code, for area codes. */
  place: (code: string) => PlaceEntry | undefined;
  areaCodes: Readonly<Record<string, readonly string[]>>;
  hotlines: (query: string) => H[];
  /** The number a hotline result is about, when it is a national one a region's answer can stand for; else null. */
  numberOf: (hotline: H) => string | null;
  /** Whether a region has an answer page for a number. */
  answers: (region: string, number: string) => boolean;
  t2s: T2S;
}

/** At most this many results: a phone screen. */
export const MOST_RESULTS = 12;
/** A name is at most this long (内蒙古自治区 is 6): a longer start of a query is not tried as one. */
const LONGEST_NAME = 12;

/**
 * Answers the home page's one question — a place, a number, a problem, or a
 * place with a number or problem (泉州 公积金, 晋江 12369, 0595-12369, Jinjiang
 * pension). The place part is recognised and the rest passed on, unchanged, to
 * the hotline search: a place with a number or problem puts its region's answer
 * page first, a place alone its region page (and the places its name begins). A name several places share lists
 * each. A number or problem alone is answered as the hotline search answers it.
 * @example askQuestion('晋江 12369', sources).results[0] // { kind: 'answer', place: 晋江市, number: '12369', … }
 */
export function askQuestion<H extends HotlineResult>(raw: string, sources: QuestionSources<H>): Asked<H> {
  const dialled = readDialled(raw);
  if (dialled?.kind === 'mobile') return { results: [], unknownPlace: true };
  if (dialled) {
    const codes = Object.entries(sources.areaCodes).filter(([code]) => (dialled.kind === 'area' ? code === dialled.areaCode : code.startsWith(dialled.digits)));
    const places = codes.flatMap(([, divisions]) => divisions.flatMap((d) => sources.place(d) ?? []));
    if (places.length === 0) return { results: [], unknownPlace: true };
    return { results: withRest(places, dialled.kind === 'area' ? dialled.number : '', sources), unknownPlace: false };
  }
  const tokens = tokensOf(raw, sources.t2s);
  // A place alone is answered by its region page: the hotline search (the keystroke's costliest part) is not asked.
  const whole = exactPlaces(tokens.join(''), tokens, sources);
  if (whole.length > 0) return { results: [...whole.map(place<H>), ...startsOf(raw, sources, whole)].slice(0, MOST_RESULTS), unknownPlace: false };
  const split = splitPlace(tokens, sources);
  const found = split ? withRest(split.places, split.rest, sources) : [];
  if (found.some((r) => r.kind === 'answer')) return { results: found, unknownPlace: false };
  // A name of a place that is not a county (a zone, an island, a town) gets no hotline pages: which city is it in?
  const kind = found.length === 0 && tokens.length === 1 ? placeNameKind(tokens[0]!) : null;
  if (kind === 'zone') {
    const starts = startsOf(raw, sources, []);
    return { results: starts.slice(0, MOST_RESULTS), unknownPlace: false, notPlace: starts.length === 0 || undefined };
  }
  // A place with nothing answered for the rest gives way to the hotline search of the whole query, if that finds anything.
  const hotlines = sources.hotlines(raw);
  if (found.length > 0 && hotlines.length === 0) return { results: found, unknownPlace: false };
  const results = [...hotlines.map(hotline<H>), ...startsOf(raw, sources, [])].slice(0, MOST_RESULTS);
  return { results, unknownPlace: false, notPlace: (kind === 'county' && results.length === 0) || undefined };
}

const place = <H extends HotlineResult>(p: PlaceEntry): Answer<H> => ({ kind: 'place', place: p });
const hotline = <H extends HotlineResult>(h: H): Answer<H> => ({ kind: 'hotline', hotline: h });

/**
 * The places first, and what the rest asks for in their regions: each
 * hotline result answered in each place's region, in the hotline search's
 * order; then each place's region page; then hotline results no place's region
 * answers (a region without a list has no page for 12333: /n/12333/ does).
 */
function withRest<H extends HotlineResult>(places: readonly PlaceEntry[], rest: string, sources: QuestionSources<H>): Answer<H>[] {
  const hotlines = rest.trim() === '' ? [] : sources.hotlines(rest);
  const answers: Answer<H>[] = [];
  const unanswered: H[] = [];
  for (const h of hotlines) {
    const number = sources.numberOf(h);
    const here = number === null ? [] : places.filter((p) => sources.answers(p.region, number));
    for (const p of here) answers.push({ kind: 'answer', place: p, number: number!, hotline: h });
    if (here.length === 0) unanswered.push(h);
  }
  // A number that is its own answer everywhere (0595-110, 0595-12345) is answered first, with its button.
  const own = unanswered.filter((h) => h.notice);
  const others = unanswered.filter((h) => !h.notice);
  return [...own.map(hotline<H>), ...answers.slice(0, Math.max(MOST_RESULTS - places.length, 3)), ...places.map(place<H>), ...others.map(hotline<H>)].slice(0, MOST_RESULTS);
}

/** Places named exactly by this text. */
function exactPlaces<H extends HotlineResult>(text: string, tokens: readonly string[], sources: QuestionSources<H>): PlaceEntry[] {
  return text === '' ? [] : sources.places.exactly(text, tokens);
}

/** Places whose names only start with the query (晋 → 晋江市, 晋中市…), after what fits better. */
function startsOf<H extends HotlineResult>(raw: string, sources: QuestionSources<H>, shown: readonly PlaceEntry[]): Answer<H>[] {
  const { text, words } = normaliseQuery(raw, sources.t2s);
  return sources.places.find(text, words).flatMap((m) => (m.exact || shown.includes(m.place) ? [] : [place<H>(m.place)]));
}

/**
 * The query's words, simplified and lower case, apart where the citizen put
 * them apart or where the script changes (晋江12369 → 晋江, 12369).
 */
function tokensOf(raw: string, t2s: T2S): string[] {
  const half = [...raw.slice(0, 128).normalize('NFKC').toLowerCase()].map((c) => t2s[c] ?? c).join('');
  return half.match(/\p{Script=Han}+|[a-z'’]+|\d+/gu)?.map((t) => t.replace(/['’]/g, '')) ?? [];
}

/**
 * Whether a name and what follows name another place: 永兴岛 is an island, not 永兴县 and 岛; 龙海市 and 襄阳区 are
 * former names, not 龙海区 or 襄阳市 and 市 or 区. A city's name and a zone's word (福州新区, 泉州开发区) stay the city
 * and the rest: such zones lie in the city they are named for.
 */
const otherPlace = (places: readonly PlaceEntry[], rest: string) => isPlaceWord(rest, places.every((p) => p.level === 'county'));

/**
 * The place a query starts or ends with, and the rest: whole words first
 * (泉州 公积金, 公积金 泉州, jinjiang pension), then the longest start or end of
 * a run of Chinese that is a name (泉州公积金, 社保晋江).
 */
function splitPlace<H extends HotlineResult>(tokens: readonly string[], sources: QuestionSources<H>): { places: PlaceEntry[]; rest: string } | null {
  for (let n = tokens.length - 1; n >= 1; n--) {
    for (const [head, tail] of [
      [tokens.slice(0, n), tokens.slice(n)],
      [tokens.slice(tokens.length - n), tokens.slice(0, tokens.length - n)],
    ] as const) {
      const places = exactPlaces(head.join(''), head, sources);
      if (places.length > 0 && !otherPlace(places, tail.join(''))) return { places, rest: tail.join(' ') };
    }
  }
  const first = [...(tokens[0] ?? '')];
  const last = [...(tokens[tokens.length - 1] ?? '')];
  if (/\p{Script=Han}/u.test(first[0] ?? '')) {
    for (let length = Math.min(LONGEST_NAME, first.length - 1); length >= 2; length--) {
      const places = exactPlaces(first.slice(0, length).join(''), [], sources);
      if (places.length > 0 && !otherPlace(places, first.slice(length).join(''))) return { places, rest: [first.slice(length).join(''), ...tokens.slice(1)].join(' ') };
    }
  }
  if (/\p{Script=Han}/u.test(last[0] ?? '')) {
    // Two characters or more before it: 莱城区 and 下城区 are names (former ones), not 城区 after a question.
    for (let length = Math.min(LONGEST_NAME, last.length - 2); length >= 2; length--) {
      const places = exactPlaces(last.slice(-length).join(''), [], sources);
      if (places.length > 0) return { places, rest: [...tokens.slice(0, -1), last.slice(0, -length).join('')].join(' ') };
    }
  }
  return null;
}

/**
 * Whether a question asked with the current names only is to be asked again with the former names and zones
 * (fetched then, once): it found no place and no line in danger; or it is one name that no current one is whole,
 * which may be a former name whole — in letters, one that only begins a current name (xiangfan, the start of
 * 香坊区's xiangfang: 襄樊); in characters, one ending like a name (a level, a zone's word) that was read as a
 * current name and a rest (普兰店市 as 普兰县 and 店市, 马尔康县 as 马尔 and 康县, 新城子区 as 新城区 and 子区: the
 * former names of 普兰店区, 马尔康市, 沈北新区). Asked again, a former name whole comes before such a reading; a
 * rest that is a question's (泉州市区) reads as before. A line in danger's answer never waits for them.
 * @example wantsOtherNames('襄樊', askQuestion('襄樊', sources), sources) // true: no current place is called so
 * @example wantsOtherNames('普兰店市', askQuestion('普兰店市', sources), sources) // true: 普兰县 is only its start
 */
export function wantsOtherNames<H extends HotlineResult>(raw: string, asked: Asked<H>, sources: Pick<QuestionSources<H>, 'places' | 't2s'>): boolean {
  if (!/[\p{Script=Han}a-z]/iu.test(raw) || asked.results.some((a) => a.kind === 'hotline' && a.hotline.notice)) return false;
  if (!asked.results.some((a) => a.kind !== 'hotline')) return true;
  // One word only: "jinjiang pension" and "泉州 公积金" are a place and a problem, not a name.
  const { text, words } = normaliseQuery(raw, sources.t2s);
  const oneName = (words.length === 1 && /^[a-z]+$/.test(text)) || (words.length === 0 && placeNameKind(text) !== null);
  return oneName && sources.places.exactly(text, words).length === 0;
}
