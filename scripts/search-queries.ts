/**
 * The project's query set (tests/search/queries.yaml) run against a built
 * site's search files, the way the browser searches them: used by the test
 * (tests/build/search-queries.test.ts) and by the benchmark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { createSearch } from '../src/lib/search/rank.ts';
import type { SearchFile } from '../src/lib/search/entry.ts';
import type { SoundFile } from '../src/lib/search/sounds.ts';
import type { Segment } from '../src/lib/search/units.ts';
import { LOCALES, localeRoot, type Locale } from '../src/i18n/locales.ts';

/** The expected number must be among this many first results. */
export const TOP = 3;
/** The share of the set that must pass, in every language. */
export const TARGET = 0.98;

const hotlineQuery = z
  .object({
    q: z.coerce.string().min(1),
    expect: z.string().regex(/^\d{5,8}$/),
    kind: z.enum(['problem', 'colloquial', 'order', 'pinyin', 'tones', 'initials', 'typo', 'english', 'traditional', 'digits', 'sound', 'spoken', 'old-name', 'compound', 'sentence']),
    region: z.string().regex(/^\d{6}$/).default('350500'),
  })
  .strict();
/** A page below a language's root: a region's (350500/), its answer for a number (350500/12329/), either reached from a place (#via-350582). */
const page = z.string().regex(/^\d{6}\/(?:\d+\/)?(?:#via-\d{6})?$/);
const placeQuery = z
  .object({
    q: z.coerce.string().min(1),
    /**
     * The page that must come first; every page of a list among the results (a shared name); `none`: nothing found;
     * `not-a-place`: nothing found, and the question says the name is no county-level place (火星区, 某某开发区).
     */
    expect: z.union([page, z.array(page).min(2), z.literal('none'), z.literal('not-a-place')]),
    kind: z.enum([
      'place-name', 'place-bare', 'place-pinyin', 'place-english', 'place-traditional', 'area-code', 'area-number', 'place-number', 'place-problem', 'place-shared', 'place-unknown',
      // Issue 35: codes merged since 2010, former names, divisions set up since the dataset, zones and islands, the groups' names.
      'area-merged', 'place-former', 'place-new', 'place-zone', 'place-group',
    ]),
  })
  .strict();
const querySet = z.array(z.union([hotlineQuery, placeQuery]));
export type Query = z.output<typeof hotlineQuery>;
export type PlaceQuery = z.output<typeof placeQuery>;

const readSet = () => querySet.parse(parse(readFileSync(fileURLToPath(new URL('../tests/search/queries.yaml', import.meta.url)), 'utf8')));

/** The queries of a region's hotline box, each with the number expected in the top 3. */
export function loadQueries(): Query[] {
  return readSet().filter((q): q is Query => 'region' in q);
}

/** The queries of the home page's one question: places, area codes, a place with a number or problem. */
export function loadPlaceQueries(): PlaceQuery[] {
  return readSet().filter((q): q is PlaceQuery => !('region' in q));
}

/** Kinds whose answers need the former names and zones, which the page loads only after a query finds no current name. */
const SECOND_FILE = new Set<PlaceQuery['kind']>(['place-former', 'place-zone']);

/**
 * The place queries the browser test asks in Chromium, in every language: all but those that wait for the second
 * file (the Node test asks every one on the built data; the browser test checks a former name on its own).
 */
export const browserPlaceQueries = () => loadPlaceQueries().filter((q) => !SECOND_FILE.has(q.kind) && q.expect !== 'not-a-place');

export interface QueryRun {
  locale: Locale['code'];
  total: number;
  hits: number;
  /** The queries whose number was not in the top 3, with what came instead. */
  misses: { query: Query; got: string[] }[];
}

/**
 * Runs every query on the search file of its region, in each language's build
 * (dist/search/350500.json, dist/zh-hant/search/…, dist/en/search/…).
 * `segment` is the word splitter: the browser's by default, null for old browsers.
 */
export function runQueries(dist: string, queries: readonly Query[], segment?: Segment): QueryRun[] {
  return LOCALES.map((locale) => {
    const searches = new Map<string, ReturnType<typeof createSearch>>();
    const { sounds } = JSON.parse(readFileSync(join(dist, localeRoot(locale), 'search', 'sounds.json'), 'utf8')) as SoundFile;
    const searchOf = (region: string) => {
      let search = searches.get(region);
      if (!search) {
        const file = JSON.parse(readFileSync(join(dist, localeRoot(locale), 'search', `${region}.json`), 'utf8')) as SearchFile;
        // With the sound table, as the browser has it once a query matched no word as typed.
        search = createSearch(file, segment).withSounds(sounds);
        searches.set(region, search);
      }
      return search;
    };
    const misses = queries.flatMap((query) => {
      const got = searchOf(query.region)(query.q).slice(0, TOP).map((e) => e.number);
      return got.includes(query.expect) ? [] : [{ query, got }];
    });
    return { locale: locale.code, total: queries.length, hits: queries.length - misses.length, misses };
  });
}
