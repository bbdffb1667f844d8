import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RegionFile } from '../../src/lib/api.ts';
import { distDir, readDistJson } from '../support/dist.ts';

type RegionEntry = RegionFile['region'];
const regions = readDistJson<RegionEntry[]>('api/v1/regions.json');
const byCode = new Map(regions.map((r) => [r.code, r]));
const file = (code: string) => readDistJson<RegionFile>(`api/v1/regions/${code}.json`);
const line = (code: string, number: string) => file(code).lines.find((l) => l.number === number);

describe('/api/v1/regions.json', () => {
  it('lists regions with their own list, the prefectures that inherit, and regions with none', () => {
    expect(byCode.get('445100')).toEqual({ code: '445100', name: '潮州市', parent: '440000', level: 'city', list: 'own' });
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
      // As of asOf, every layer applied: 12369 was switched off nationwide from the end of April 2024.
      dialable: false,
      statusSince: '2024-04-30',
      verdict: 'stopped',
      listStatus: { verdict: 'cancelled', dialable: false, statusSince: '2021-12-01' },
      change: { id: '12369-stopped', kind: 'stopped', dial: '12345' },
      inheritedFrom: null,
      source: { document: 'quanzhou-2021', row: 12 },
    });
    expect(file('350500').sources[0]).toMatchObject({ documentNumber: '泉政办〔2021〕53号', date: '2021-11-30' });
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
    // Sichuan's list kept 12369 (双号并行): the list's own status stays, as history.
    expect(line('510100', '12369')).toMatchObject({ mode: 'parallel', listStatus: { verdict: 'parallel', dialable: true } });
    expect(line('350500', '12356')).toMatchObject({ dialable: true, verdict: 'reassigned', statusSince: '2025-05-01', change: { dial: '12356' } });
    expect(file('440100').changes.map((c) => c.id)).toEqual(expect.arrayContaining(['12369-stopped', '12356-reassigned']));
    expect(file('440100').changes[0]?.sources[0]).toMatchObject({ issuer: expect.any(String), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });
});
