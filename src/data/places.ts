import { getSite } from './site.ts';
import { localised } from './locale.ts';
import { allPlaces, gonePlaces, type Place } from '../lib/places/places.ts';
import { divisionsOf, loadAreaCodes } from '../lib/places/content/area-codes.ts';
import type { AreaCodes } from '../lib/places/area-codes.ts';
import { spokenName } from '../lib/places/place-names.ts';
import { latinPlaceName, latinRegionName, placeSyllables } from '../lib/locale/region-names.ts';
import { romanised } from '../lib/locale/romanise.ts';
import { loadPlacesFile } from '../lib/places/content/places.ts';
import { loadFormerNames } from '../lib/places/content/former-names.ts';
import type { FormerName, PlacesFile } from '../lib/schema/places.ts';
import { levelOf } from '../lib/places/search/places.ts';
import type { OtherNamesFile } from '../lib/places/search/other-names.ts';
import { otherNameRow, typedSyllables, ZONE_WORDS } from '../lib/places/search/other-name-rows.ts';
import { t2sPairs } from '../lib/search/t2s-map.ts';
import { toTraditional } from '../lib/locale/traditional.ts';
import { placeFile } from '../lib/places/search/place-file.ts';
import type { PlaceFile } from '../lib/places/search/places.ts';

/** The county-level places and the area codes, loaded once per build beside the site's data. */
export interface Places {
  places: Place[];
  /** Region code → its places, in code order (what a region page names). */
  byRegion: Map<string, Place[]>;
  /** Region code → the places the dataset still lists there that were abolished since (江干区): their old addresses. */
  goneByRegion: Map<string, Place[]>;
  areaCodes: AreaCodes;
  /** content/places.yaml: former names, zones, and the review of changes since the dataset. */
  others: PlacesFile;
  /** Every former name: researched (content/places.yaml), then derived from the code history (content/former-names.yaml) where not researched. */
  former: FormerName[];
}

let loaded: Promise<Places> | undefined;

async function load(): Promise<Places> {
  const site = await getSite();
  const places = allPlaces(site.regions);
  const byRegion = groupByRegion(places);
  // Astro builds from the project's folder: content/'s reference files (area codes, places, former names) are read
  // from there whatever CONTENT_DIR says.
  const divisions = [...site.regions, ...places];
  const others = loadPlacesFile(process.cwd(), divisions);
  return {
    places,
    byRegion,
    goneByRegion: groupByRegion(gonePlaces(site.regions)),
    areaCodes: loadAreaCodes(process.cwd(), divisionsOf(site.regions, places)),
    others,
    former: [...others.former, ...loadFormerNames(process.cwd(), divisions, others)],
  };
}

function groupByRegion(places: readonly Place[]): Map<string, Place[]> {
  const byRegion = new Map<string, Place[]>();
  for (const p of places) byRegion.set(p.region, [...(byRegion.get(p.region) ?? []), p]);
  return byRegion;
}

/** The places and area codes, validated at load (a mistake in content/area-codes.yaml stops the build). */
export function getPlaces(): Promise<Places> {
  loaded ??= load();
  return loaded;
}

/**
 * A place's name in one language: as the dataset writes it, in traditional
 * characters, or romanised (Jinjiang, Wuhou District).
 */
export async function placeName(locale: string | undefined): Promise<(place: Pick<Place, 'code' | 'name'>) => string> {
  const { locale: language } = await localised(locale);
  return (p) => (language.data === 'latin' ? latinPlaceName(p.name, p.code) : language.data === 'hant' ? toTraditional(p.name) : p.name);
}

/** /search/places.json in one language: every region and place, for the home page's question. */
export async function placeFileFor(locale: string | undefined): Promise<PlaceFile> {
  const site = await getSite();
  const l = await localised(locale);
  const { places, areaCodes } = await getPlaces();
  const nameOf = await placeName(locale);
  const national = new Set([...site.catalogue.values()].filter((h) => h.scope === 'national').map((h) => h.number));
  const divisions = [
    ...site.regions.map((r) => ({ code: r.code, name: r.name, label: l.region(r.code), spoken: [...(spokenName(r.name) ?? '')].length })),
    ...places.map((p) => ({ code: p.code, name: p.name, label: nameOf(p), spoken: [...(spokenName(p.name, p.code) ?? '')].length })),
  ].sort((a, b) => (a.code < b.code ? -1 : 1));
  const answered = new Map([...site.answered].map(([region, numbers]) => [region, numbers.filter((n) => national.has(n))]));
  const labels = l.locale.data === 'latin' ? 'latin' : l.locale.data === 'hant' ? 'characters' : 'name';
  return placeFile(divisions, labels, typedSyllables, areaCodes.divisions, answered);
}

/**
 * /search/other-names.json in one language: former names and zones, each with what it is now in the page's
 * language ("襄樊市（2010 年更名为襄阳市）", "Xiangfan (renamed Xiangyang in 2010)"), for the home page's question
 * when a query finds no current name.
 */
export async function otherNamesFileFor(locale: string | undefined): Promise<OtherNamesFile> {
  const { l, byCode, list, own } = await otherWording(locale);
  const { others, former } = await getPlaces();
  const latin = l.locale.data === 'latin';
  const regionOf = (code: string) => byCode.get(code)?.region ?? code;
  const formerLabel = await formerName(locale);
  const names = [
    ...former.map((f) => otherNameRow(f.name, f.now, formerLabel(f), f.was)),
    ...others.zones.flatMap((z) => {
      const regions = [...new Set(z.in.map(regionOf))];
      // In one region: its county when it names one, else the region; across regions: each, and the question which.
      const to = regions.length > 1 ? z.in : z.in.length === 1 ? z.in : regions;
      const what = latin ? z.what.en : l.locale.data === 'hant' ? toTraditional(z.what.zh) : z.what.zh;
      const key = regions.length > 1 ? 'place.zoneSpans' : 'place.zone';
      return z.names.map((name) => otherNameRow(name, to, l.tr(key, { name: own(name, to[0]!), what, now: list(to) })));
    }),
  ];
  return { names, t2s: t2sPairs(names.map((n) => n.name)) };
}

/**
 * A former name as the page's language says it, with what it is now: "江干区（2021 年撤销，今属上城区、钱塘区）",
 * "Xiangfan (renamed Xiangyang in 2010)".
 */
export async function formerName(locale: string | undefined): Promise<(former: FormerName) => string> {
  const { l, list, own } = await otherWording(locale);
  // The date may be a year alone (the code table's): the label says only the year.
  return (f) => l.tr(`place.${f.kind}`, { name: own(f.name, f.was ?? f.now[0]!), year: f.date.slice(0, 4), now: list(f.now) });
}

/**
 * How one language writes the names of content/places.yaml and the current divisions they lead to. Made once per
 * language: every answer page's place notes ask it (PlaceNote.astro), and it indexes every place by code.
 */
const wordings = new Map<string, ReturnType<typeof wordingOf>>();
function otherWording(locale: string | undefined): ReturnType<typeof wordingOf> {
  const key = locale ?? '';
  if (!wordings.has(key)) wordings.set(key, wordingOf(locale));
  return wordings.get(key)!;
}

async function wordingOf(locale: string | undefined) {
  const l = await localised(locale);
  const { places } = await getPlaces();
  const nameOf = await placeName(locale);
  const byCode = new Map(places.map((p) => [p.code, p]));
  const label = (code: string) => (byCode.has(code) ? nameOf(byCode.get(code)!) : l.region(code));
  const list = (codes: readonly string[]) => codes.map(label).join(l.tr('place.listSeparator'));
  const latin = l.locale.data === 'latin';
  // A name in the page's language: a former county's by its own code's kind where known (吴县市, 320586: Wuxian),
  // else its new code's (崇文区 → Chongwen District), a former prefecture's as a region's (忻州地区: Xinzhou
  // Prefecture), a zone's romanised as said (its note says what it is).
  const own = (name: string, code: string) =>
    !latin
      ? l.locale.data === 'hant'
        ? toTraditional(name)
        : name
      : levelOf(code) === 'county' && /[区县市旗]$/.test(name)
        ? latinPlaceName(name, code)
        : /(?:[市州盟]|地区)$/.test(name)
          ? latinRegionName(name)
          : latinZoneName(name);
  return { l, byCode, list, own };
}

/** A zone's or island's name in Latin script: the name romanised, its kind in English (洋浦经济开发区 → Yangpu Economic Development Zone). */
function latinZoneName(name: string): string {
  const [zh, en] = ZONE_WORDS.find(([w]) => name.endsWith(w) && name.length > w.length) ?? ['', ''];
  return romanised(placeSyllables(name.slice(0, name.length - zh.length))) + en;
}
