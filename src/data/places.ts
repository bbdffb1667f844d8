import { getSite } from './site.ts';
import { localised } from './locale.ts';
import { allPlaces, type Place } from '../lib/places.ts';
import { divisionsOf, loadAreaCodes } from '../lib/content/area-codes.ts';
import type { AreaCodes } from '../lib/area-codes.ts';
import { spokenName } from '../lib/place-names.ts';
import { latinPlaceName, placeSyllables } from '../lib/locale/region-names.ts';
import { toTraditional } from '../lib/locale/traditional.ts';
import { placeFile } from '../lib/search/place-file.ts';
import type { PlaceFile } from '../lib/search/places.ts';

/** The county-level places and the area codes, loaded once per build beside the site's data. */
export interface Places {
  places: Place[];
  /** Region code → its places, in code order (what a region page names). */
  byRegion: Map<string, Place[]>;
  areaCodes: AreaCodes;
}

let loaded: Promise<Places> | undefined;

async function load(): Promise<Places> {
  const site = await getSite();
  const places = allPlaces(site.regions);
  const byRegion = new Map<string, Place[]>();
  for (const p of places) byRegion.set(p.region, [...(byRegion.get(p.region) ?? []), p]);
  // Astro builds from the project's folder: content/area-codes.yaml is read from there whatever CONTENT_DIR says.
  return { places, byRegion, areaCodes: loadAreaCodes(process.cwd(), divisionsOf(site.regions, places)) };
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
  return placeFile(divisions, labels, (name) => placeSyllables(name).map((s) => s.replace(/ü/g, 'v')), areaCodes.divisions, answered);
}
