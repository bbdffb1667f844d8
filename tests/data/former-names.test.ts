import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadPlacesFile } from '../../src/lib/places/content/places.ts';
import { loadFormerNames } from '../../src/lib/places/content/former-names.ts';
import { readReferenceFile } from '../../src/lib/content/reference-file.ts';
import { formerNamesFile } from '../../src/lib/schema/former-names.ts';
import { allRegions } from '../../src/lib/places/regions.ts';
import { allPlaces, gonePlaces } from '../../src/lib/places/places.ts';
import { spokenName } from '../../src/lib/places/place-names.ts';
import { otherNameRow } from '../../src/lib/places/search/other-name-rows.ts';
import { searchForms } from '../../src/lib/places/search/other-names.ts';
import { MOST_RESULTS } from '../../src/lib/search/question.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const regions = allRegions();
const places = allPlaces(regions);
const divisions = [...regions, ...places];
const researched = loadPlacesFile(root, divisions);
// Throws, with file and line, on a code no current division has or a name a current division has.
const derived = loadFormerNames(root, divisions, researched);
const file = readReferenceFile(root, 'former-names.yaml', formerNamesFile).data;
const CODE_TABLE = /^民政部 县级以上行政区划代码（(\d{4}) 年）$/;

describe('content/former-names.yaml: the former names derived from the code history', () => {
  it('names the dataset it was derived from: its commit, its licence (CC0) and its sources', () => {
    expect(file.dataset).toMatchObject({ url: 'https://github.com/yescallop/areacodes', licence: 'CC0-1.0', asOf: 2021, tables: { first: 1981 } });
    expect(file.dataset.commit).toMatch(/^eed219a/);
    expect(file.dataset.sources).toContain('县级以上行政区划代码');
    expect(file.dataset.sources).toContain('国务院公报');
  });

  it('has hundreds of names, none of them researched in content/places.yaml (whose entries win)', () => {
    expect(derived.length).toBe(file.former.length);
    expect(derived.length).toBeGreaterThan(300);
  });

  it('gives every name a date and a source: a document (with its day where known), or the code table with its year alone', () => {
    for (const f of derived) {
      const table = CODE_TABLE.exec(f.source);
      if (table) {
        // Only the year is known: the label says no more ("2012 年").
        expect(f.date, f.name).toBe(table[1]);
        expect(f.link, f.name).toBeUndefined();
      } else {
        // A 文号, a title, or both; a document given without its date (民函〔2005〕278号) leaves the year of the table.
        expect(f.source, f.name).toMatch(/〔\d{4}〕\d+号|《.+》|批复|通知/);
        expect(f.date, f.name).toMatch(/^20\d\d(-\d\d){0,2}$/);
      }
      expect(Number(f.date.slice(0, 4)), f.name).toBeGreaterThanOrEqual(1999);
    }
    // Nearly all cite the decision itself, with its day.
    expect(derived.filter((f) => /^\d{4}-\d\d-\d\d$/.test(f.date)).length).toBeGreaterThan(derived.length * 0.9);
  });

  it('leads every name to current divisions only: none abolished since the dataset (江干区), none a name the search gives a current one', () => {
    const current = new Set(divisions.map((d) => d.code));
    const gone = new Set(gonePlaces(regions).map((p) => p.code));
    const said = new Set(places.flatMap((p) => spokenName(p.name, p.code) ?? []));
    for (const f of derived) {
      for (const code of f.now) {
        expect(current.has(code), `${f.name} → ${code}`).toBe(true);
        expect(gone.has(code), `${f.name} → ${code}`).toBe(false);
      }
      expect(said.has(f.name), f.name).toBe(false);
    }
  });

  it('has the names of the issue, each where it is now', () => {
    const now = (name: string) => derived.filter((f) => f.name === name).map((f) => f.now);
    expect(now('萧山市')).toEqual([['330109']]);
    expect(now('番禺市')).toEqual([['440113']]);
    expect(now('江宁县')).toEqual([['320115']]);
    expect(now('吴县市')).toEqual([['320506', '320507']]);
    expect(now('大兴县')).toEqual([['110115']]);
    expect(derived.find((f) => f.name === '大兴县')).toMatchObject({ kind: 'renamed', date: '2001-01-09', link: 'https://www.gov.cn/gongbao/content/2001/content_61275.htm' });
  });

  it('lets the question show every division a name leads to: no name, said or in pinyin, leads to more than a screen of results', () => {
    const leadsTo = new Map<string, Set<string>>();
    const rows = [
      ...researched.former.map((f) => otherNameRow(f.name, f.now, '')),
      ...researched.zones.flatMap((z) => z.names.map((name) => otherNameRow(name, z.in, ''))),
      ...derived.map((f) => otherNameRow(f.name, f.now, '', f.was)),
    ];
    for (const row of rows) {
      const forms = searchForms(row);
      for (const key of [...forms.names, ...forms.pinyin]) leadsTo.set(key, new Set([...(leadsTo.get(key) ?? []), ...row.to]));
    }
    const crowded = [...leadsTo].filter(([, to]) => to.size > MOST_RESULTS).map(([key]) => key);
    expect(crowded).toEqual([]);
    // The names several divisions had are there, each of them.
    expect(derived.filter((f) => f.name === '江东区').map((f) => f.was)).toEqual(['330204', '430402']);
  });
});
