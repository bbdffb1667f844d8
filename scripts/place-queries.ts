/**
 * The query set's place queries (tests/search/queries.yaml) asked of a built site's data the way the home page
 * asks them on a first visit once its data has settled: the place data, then the former names and zones where it
 * found no place, the national hotline search and the safety file, in one language. Used by tests/build/place-queries.test.ts (every query, in Node); the
 * browser test asks a sample in Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSearch } from '../src/lib/search/rank.ts';
import { withSafety } from '../src/lib/search/safety.ts';
import type { SafetyFile, SearchFile } from '../src/lib/search/entry.ts';
import { createPlaceSearch, placeEntries, type PlaceFile, type PlaceSearch } from '../src/lib/places/search/places.ts';
import { otherEntries, type OtherNamesFile } from '../src/lib/places/search/other-names.ts';
import { askQuestion, wantsOtherNames } from '../src/lib/search/question.ts';
import { readT2S } from '../src/lib/search/normalise.ts';

/** What the home page shows for a query: the links of its results in order, their key texts, and whether it says "not a county-level place". */
export interface Shown {
  hrefs: string[];
  keys: string[];
  notPlace: boolean;
  unknown: boolean;
}

/**
 * The home page's question over one language's built data (dist/, dist/en/…), links as the page writes them
 * below the language's root (350500/#via-350582, 350500/12369/, n/12369/).
 * @example placeQuestion('dist', '')('晋江').hrefs[0] // '350500/#via-350582'
 */
export function placeQuestion(dist: string, root: string): (query: string) => Shown {
  const read = <T>(file: string) => JSON.parse(readFileSync(join(dist, root, 'search', file), 'utf8')) as T;
  const placeFile = read<PlaceFile>('places.json');
  const others = read<OtherNamesFile>('other-names.json');
  const find = createSearch(withSafety(read<SearchFile>('national.json'), read<SafetyFile>('safety.json')));
  const current = placeEntries(placeFile);
  const byCode = new Map(current.map((e) => [e.code, e]));
  const answered = new Map(placeFile.answers.flatMap((g) => g.regions.map((r) => [r, new Set(g.numbers)] as const)));
  const base = `/${root}`;
  const via = (p: { level: string; code: string }) => (p.level === 'county' ? `#via-${p.code}` : '');
  const sources = (places: PlaceSearch, t2s: string) => ({
    places,
    place: (code: string) => byCode.get(code),
    areaCodes: placeFile.areaCodes,
    hotlines: (q: string) => find(q).map((e) => ({ key: e.number, href: e.href, notice: e.notice })),
    numberOf: (h: { key: string; href: string }) => (h.href === `${base}n/${h.key}/` ? h.key : null),
    answers: (region: string, number: string) => answered.get(region)?.has(number) ?? false,
    t2s: readT2S(t2s),
  });
  const first = sources(createPlaceSearch(current), placeFile.t2s);
  const settled = sources(createPlaceSearch([...current, ...otherEntries(others, (c) => byCode.get(c))]), placeFile.t2s + others.t2s);
  return (query) => {
    // As the page asks on a first visit (use-place-question.ts): current names first; the former names and zones
    // only where wantsOtherNames says, and then everything again with them.
    let asked = askQuestion(query, first);
    if (wantsOtherNames(query, asked, first)) asked = askQuestion(query, settled);
    const hrefs = asked.results.map((a) =>
      a.kind === 'hotline' ? a.hotline.href.slice(base.length) : a.kind === 'place' ? `${a.place.region}/${via(a.place)}` : `${a.place.region}/${a.number}/${via(a.place)}`,
    );
    const keys = asked.results.map((a) => (a.kind === 'hotline' ? a.hotline.key : a.kind === 'place' ? a.place.label : a.number));
    return { hrefs, keys, notPlace: asked.notPlace === true, unknown: asked.unknownPlace };
  };
}
