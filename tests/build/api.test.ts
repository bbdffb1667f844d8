import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RegionFile } from '../../src/lib/published/api.ts';
import { distDir, readDistJson, siteOrigin } from '../support/dist.ts';

type RegionEntry = RegionFile['region'];
const regions = readDistJson<RegionEntry[]>('api/v1/regions.json');
const byCode = new Map(regions.map((r) => [r.code, r]));
const file = (code: string) => readDistJson<RegionFile>(`api/v1/regions/${code}.json`);
const line = (code: string, number: string) => file(code).lines.find((l) => l.number === number);

describe('/api/v1/regions.json', () => {
  it('lists regions with their own list, the prefectures that inherit, and regions with none', () => {
    expect(byCode.get('445100')).toEqual({ code: '445100', name: '潮州市', parent: '440000', level: 'city', list: 'own', areaCode: '0768' });
    expect(byCode.get('350500')?.list).toBe('own');
    expect(byCode.get('350200')).toMatchObject({ name: '厦门市', list: 'inherited', parent: '350000' });
    expect(byCode.get('510100')).toMatchObject({ name: '成都市', list: 'inherited' });
    expect(byCode.get('222400')).toMatchObject({ list: 'inherited', parent: '220000' });
    expect(byCode.get('440100')).toMatchObject({ name: '广州市', list: 'none' });
    for (const province of ['350000', '510000', '220000']) expect(byCode.get(province)?.list).toBe('own');
  });

  it('has a region file and a region page for every entry', () => {
    for (const r of regions) {
      expect(existsSync(`${distDir}api/v1/regions/${r.code}.json`), r.code).toBe(true);
      expect(existsSync(`${distDir}${r.code}/index.html`), r.code).toBe(true);
    }
  });
});

describe('/api/v1/regions/{code}.json', () => {
  it('gives every field DESIGN.md fixes for a line', () => {
    expect(line('350500', '12369')).toMatchObject({
      number: '12369',
      aliases: [],
      name: '环境保护投诉举报',
      department: '市生态环境局',
      mode: 'merged',
      agents: 'cancelled',
      // As of asOf, every layer applied: 12369 was switched off nationwide from the end of April 2024,
      // and in Quanzhou since its own list stopped it on 2021-12-01: one date, the earlier.
      dialable: false,
      statusSince: '2021-12-01',
      verdict: 'stopped',
      listStatus: { verdict: 'cancelled', dialable: false, statusSince: '2021-12-01' },
      change: { id: '12369-stopped', kind: 'stopped', dial: '12345' },
      inheritedFrom: null,
      source: { document: 'quanzhou-2021', row: 12 },
    });
    expect(file('350500').sources[0]).toMatchObject({ documentNumber: '泉政办〔2021〕53号', date: '2021-11-30', history: [{ date: '2026-11-23', kind: 'added' }, { date: '2026-11-28', kind: 'corrected' }] });
  });

  it('marks inherited lines and applies single-city exceptions', () => {
    expect(line('510100', '12300')).toMatchObject({ mode: 'merged', dialable: false, statusSince: '2021-10-01', inheritedFrom: '510000' });
    expect(line('350200', '12333')).toMatchObject({ mode: 'parallel', agents: 'kept', dialable: true, inheritedFrom: '350000' });
    expect(line('350100', '12333')).toMatchObject({ mode: 'merged', dialable: false });
  });

  it('leaves out a line the list does not mention, and lines meant for one city', () => {
    expect(line('445100', '12300')).toBeUndefined();
    expect(line('220100', '12319')).toMatchObject({ mode: 'parallel' });
    expect(line('220200', '12319')).toBeUndefined();
  });

  it('carries second numbers and folded lines', () => {
    expect(line('220000', '12393')?.aliases).toEqual(['96618']);
    expect(line('220000', '12356')?.foldedInto).toBe('12320');
  });

  it('gives a region without a list an empty, honest file', () => {
    expect(file('440100')).toMatchObject({ sources: [], lines: [], region: { list: 'none' } });
  });

  it('applies national changes: 12369 stopped everywhere, 12356 reassigned and dialable', () => {
    for (const r of regions) {
      const l = line(r.code, '12369');
      if (l) expect(l, r.code).toMatchObject({ dialable: false, verdict: 'stopped', change: { id: '12369-stopped' } });
      expect(file(r.code).changes.find((c) => c.id === '12369-stopped'), r.code).toMatchObject({ inForce: true, effective: { date: '2024-04-30' } });
    }
    // Sichuan's list kept 12369 (双号并行): the list's own status stays, as history; off since the change.
    expect(line('510100', '12369')).toMatchObject({ mode: 'parallel', statusSince: '2024-04-30', listStatus: { verdict: 'parallel', dialable: true } });
    expect(line('510000', '12369')).toMatchObject({ statusSince: '2024-04-30', listStatus: { verdict: 'parallel', statusSince: '2021-10-16' } });
    expect(line('350500', '12356')).toMatchObject({ dialable: true, verdict: 'reassigned', statusSince: '2025-05-01', change: { dial: '12356' } });
    expect(file('440100').changes.map((c) => c.id)).toEqual(expect.arrayContaining(['12369-stopped', '12356-reassigned']));
    expect(file('440100').changes[0]?.sources[0]).toMatchObject({ issuer: expect.any(String), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });
});

// The contract other sites rely on (DESIGN.md, docs/partners.md "The open JSON API"), written out
// here on its own rather than taken from src/: a field renamed or dropped there must fail.
// Objects are open: fields may be added, never renamed or removed.
const code = z.string().regex(/^\d{6}$/);
const day = z.iso.date();
const number = z.string().regex(/^\d{3,11}$/);
const words = z.string().min(1);
const entryShape = z.object({
  code,
  name: words,
  parent: code.nullable(),
  level: z.enum(['province', 'city', 'county']),
  list: z.enum(['own', 'inherited', 'none']),
  areaCode: z.string().regex(/^0\d{2,3}$/).nullable(),
});
const listVerdict = z.enum(['cancelled', 'cancelling', 'parallel', 'subcenter']);
const effective = z.object({ date: day, precision: z.enum(['day', 'month']) });
const lineShape = z.object({
  number: number.nullable(),
  aliases: z.array(number),
  name: words,
  department: words.nullable(),
  mode: z.enum(['merged', 'parallel', 'subcenter']),
  agents: z.enum(['kept', 'managed', 'cancelled']).nullable(),
  answeredBy: words.nullable(),
  schedule: z
    .object({
      text: words,
      yearAssumed: z.boolean(),
      phases: z.array(z.object({ from: day.nullable(), to: day.nullable(), dialable: z.boolean(), text: words.nullable() })).min(1),
    })
    .nullable(),
  dialable: z.boolean(),
  statusSince: day.nullable(),
  verdict: z.union([listVerdict, z.enum(['stopped', 'reassigned'])]),
  listStatus: z.object({ verdict: listVerdict, dialable: z.boolean(), statusSince: day.nullable() }),
  change: z.object({ id: words, kind: z.enum(['stopped', 'reassigned']), effective, dial: number }).nullable(),
  remarks: z.array(words),
  inheritedFrom: code.nullable(),
  source: z.object({ document: words, section: words, row: z.number().int().positive().nullable() }),
});
const fileShape = z.object({
  region: entryShape,
  asOf: day,
  sources: z.array(
    z.object({
      id: words,
      issuer: words.nullable(),
      title: words,
      documentNumber: words.nullable(),
      date: day.nullable(),
      url: z.url().nullable(),
      endsBefore: words.nullable(),
      notes: z.array(words),
      // The list's record on the site: added, then corrected.
      history: z.array(z.object({ date: day, kind: z.enum(['added', 'corrected']) })).min(1),
    }),
  ),
  changes: z.array(
    z.object({
      id: words,
      numbers: z.array(number).min(1),
      kind: z.enum(['stopped', 'reassigned']),
      effective,
      now: z.object({ dial: number }),
      sources: z.array(z.object({ issuer: words, title: words, date: day })).min(1),
      inForce: z.boolean(),
    }),
  ),
  lines: z.array(lineShape),
});

/** Every problem of `value` against `shape`, as "where: what", for a failure that names the file and field. */
const shapeProblems = (shape: z.ZodType, value: unknown, file: string) =>
  (shape.safeParse(value).error?.issues ?? []).map((i) => `${file} ${i.path.join('.')}: ${i.message}`);

describe('the API contract, in every file of dist/api/v1/', () => {
  const files = regions.map((r) => ({ name: `regions/${r.code}.json`, data: file(r.code) }));

  it('regions.json: every entry has the fixed fields and types', () => {
    expect(regions.length).toBeGreaterThan(300);
    expect(regions.flatMap((r, i) => shapeProblems(entryShape, r, `regions.json[${i}]`))).toEqual([]);
  });

  it('every region file has every field DESIGN.md fixes, with its type', () => {
    expect(files.flatMap((f) => shapeProblems(fileShape, f.data, f.name))).toEqual([]);
    // Every optional shape is really exercised somewhere, so the check above is not vacuous.
    const lines = files.flatMap((f) => f.data.lines);
    expect(lines.some((l) => l.answeredBy !== null && l.schedule !== null && l.remarks.length > 0 && l.change !== null)).toBe(true);
    expect(lines.some((l) => l.schedule?.phases.some((p) => p.text !== null && p.to !== null))).toBe(true);
  });

  it('every region file agrees with regions.json, and all are as of one day', () => {
    for (const { name, data } of files) expect(data.region, name).toEqual(byCode.get(data.region.code));
    expect(new Set(files.map((f) => f.data.asOf)).size).toBe(1);
  });

  it("every line cites one of its file's sources and says whose list it inherits", () => {
    for (const { name, data } of files) {
      const ids = data.sources.map((s) => s.id);
      expect(ids.length, name).toBe(data.region.list === 'none' ? 0 : 1);
      if (data.region.list === 'none') expect(data.lines, name).toEqual([]);
      for (const l of data.lines) {
        expect(ids, `${name} ${l.number}`).toContain(l.source.document);
        expect(l.inheritedFrom, `${name} ${l.number}`).toBe(data.region.list === 'inherited' ? data.region.parent : null);
      }
    }
  });

  it('changes[] are in force exactly from their effective day, and a line names the one that decides it', () => {
    for (const { name, data } of files) {
      for (const c of data.changes) expect(c.inForce, `${name} ${c.id}`).toBe(c.effective.date <= data.asOf);
      for (const l of data.lines) {
        const at = `${name} ${l.number}`;
        const deciding = data.changes.find((c) => c.inForce && l.number !== null && c.numbers.includes(l.number));
        expect(l.change?.id ?? null, at).toBe(deciding?.id ?? null);
        if (deciding) {
          expect(l.change, at).toEqual({ id: deciding.id, kind: deciding.kind, effective: deciding.effective, dial: deciding.now.dial });
          // Since the list's day where the list had already stopped the number: the change only agrees with it.
          const listFirst = deciding.kind === 'stopped' && !l.listStatus.dialable && (l.listStatus.statusSince === null || l.listStatus.statusSince <= deciding.effective.date);
          expect({ verdict: l.verdict, dialable: l.dialable, statusSince: l.statusSince }, at).toEqual({
            verdict: deciding.kind,
            dialable: deciding.kind === 'reassigned',
            statusSince: listFirst ? l.listStatus.statusSince : deciding.effective.date,
          });
        } else {
          // No change decides: today's answer is the list's own.
          expect({ verdict: l.verdict, dialable: l.dialable, statusSince: l.statusSince }, at).toEqual(l.listStatus);
        }
      }
    }
  });
});

describe('/api/v1/places.json', () => {
  type PlaceEntry = { code: string; name: string; level: string; region: string; areaCode: string | null };
  const places = readDistJson<PlaceEntry[]>('api/v1/places.json');
  const placeShape = z.object({
    code: z.string().regex(/^\d{6}$/),
    name: z.string().min(1),
    level: z.literal('county'),
    region: z.string().regex(/^\d{6}$/),
    areaCode: z.string().regex(/^0\d{2,3}$/).nullable(),
  });

  it('has every county-level division once, with the fields DESIGN.md fixes and their types', () => {
    expect(places.length).toBe(3004 - 18 + 1); // the dataset's 3,004, less the 18 abolished in 2021 it still lists (since-dataset.ts), and 白杨市 (2023)
    expect(new Set(places.map((p) => p.code)).size).toBe(places.length);
    expect(places.flatMap((p, i) => shapeProblems(placeShape.strict(), p, `places.json[${i}]`))).toEqual([]);
  });

  it('leads every place to a region of regions.json in its province: its prefecture, a municipality for its districts', () => {
    for (const p of places) {
      expect(byCode.has(p.region), p.code).toBe(true);
      expect(p.region.slice(0, 2), p.code).toBe(p.code.slice(0, 2));
    }
    expect(places.find((p) => p.code === '350582')).toEqual({ code: '350582', name: '晋江市', level: 'county', region: '350500', areaCode: '0595' });
    expect(places.find((p) => p.code === '110105')).toMatchObject({ name: '朝阳区', region: '110000', areaCode: '010' });
    expect(places.find((p) => p.code === '632801')).toMatchObject({ name: '格尔木市', region: '632800', areaCode: '0979' });
  });

  it('gives each place and region the code dialled there today, the same for a place and its region where the place has none of its own', () => {
    const code = (c: string) => places.find((p) => p.code === c)?.areaCode ?? byCode.get(c)?.areaCode;
    expect(['210400', '210402', '211200', '210500'].map(code)).toEqual(['024', '024', '024', '024']);
    expect(['520300', '520400', '410200', '511400', '512000', '341600'].map(code)).toEqual(['0851', '0851', '0371', '028', '028', '0558']);
    expect(['460400', '460300', '469000', '469001', '340181', '370116'].map(code)).toEqual(['0898', '0898', '0898', '0898', '0551', '0531']);
    expect(byCode.get('350000')?.areaCode).toBe(null);
    expect(byCode.get('110000')?.areaCode).toBe('010');
    for (const p of places.filter((x) => x.areaCode === null)) expect(byCode.get(p.region)?.areaCode ?? null, p.code).toBe(null);
    expect(byCode.get('429000')?.name).toBe('湖北省-省直辖县级行政区划');
    expect(byCode.get('469000')?.name).toBe('海南省-省直辖县级行政区划');
    expect(places.find((p) => p.code === '460321')?.name).toBe('西沙区');
    expect(places.find((p) => p.code === '659012')).toMatchObject({ name: '白杨市', region: '659000' });
  });

  it('gives an area code to all but the few places no table covers', () => {
    expect(places.filter((p) => p.areaCode === null).length).toBeLessThan(places.length / 50);
  });
});

describe('/api/v1/lines.csv, the same data as one table', () => {
  const bytes = readFileSync(`${distDir}api/v1/lines.csv`);
  // csv-parse reads it as a spreadsheet would: the first row names the columns.
  const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
  const descriptor = readDistJson<{ resources: { path: string; encoding: string; schema: { fields: { name: string; type: string }[] } }[] }>('api/v1/datapackage.json');

  it('starts with a byte order mark, so that Excel reads the Chinese as Chinese', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n350500,泉州市,own,');
  });

  it('has a row for every line of every region file, with the same verdict, since and mode', () => {
    const lines = regions.flatMap((r) => file(r.code).lines.map((l) => ({ region: r.code, l })));
    expect(rows.length).toBe(lines.length);
    expect(rows.length).toBeGreaterThan(1000);
    const key = (region: string, number: string | null, name: string) => `${region} ${number ?? ''} ${name}`;
    const csv = new Map(rows.map((r) => [key(r['region']!, r['number'] || null, r['name']!), r]));
    const differ = lines.flatMap(({ region, l }) => {
      const row = csv.get(key(region, l.number, l.name));
      const want = { verdict: l.verdict, dialable: String(l.dialable), statusSince: l.statusSince ?? '', mode: l.mode, listVerdict: l.listStatus.verdict, change: l.change?.id ?? '' };
      const got = row && { verdict: row['verdict'], dialable: row['dialable'], statusSince: row['statusSince'], mode: row['mode'], listVerdict: row['listVerdict'], change: row['change'] };
      return JSON.stringify(got) === JSON.stringify(want) ? [] : [`${region} ${l.number}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`];
    });
    expect(differ).toEqual([]);
  });

  it('gives each row its source row’s absolute address, an anchor the document’s page has', () => {
    const quanzhou = rows.find((r) => r['region'] === '350500' && r['number'] === '12369');
    expect(quanzhou).toMatchObject({ verdict: 'stopped', statusSince: '2021-12-01', mode: 'merged', change: '12369-stopped', source: `${siteOrigin}/sources/quanzhou-2021/#row-12` });
    const pages = new Map<string, string>();
    const missing = rows.flatMap((r) => {
      const url = new URL(r['source']!);
      const page = pages.get(url.pathname) ?? readFileSync(`${distDir}${url.pathname.slice(1)}index.html`, 'utf8');
      pages.set(url.pathname, page);
      return url.origin === siteOrigin && page.includes(`id="${url.hash.slice(1)}"`) ? [] : [r['source']];
    });
    expect(missing).toEqual([]);
  });

  it('is described by datapackage.json, column by column, in the same order', () => {
    const [table] = descriptor.resources;
    expect(table).toMatchObject({ path: 'lines.csv', encoding: 'utf-8' });
    expect(table!.schema.fields.map((f) => f.name)).toEqual(Object.keys(rows[0]!));
    expect(table!.schema.fields.find((f) => f.name === 'statusSince')?.type).toBe('date');
  });
});
