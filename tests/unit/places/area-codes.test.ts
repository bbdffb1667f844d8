import { describe, expect, it } from 'vitest';
import { resolveAreaCodes, type Division } from '../../../src/lib/places/area-codes.ts';
import type { AreaCodeFile } from '../../../src/lib/schema/area-codes.ts';

const divisions: Division[] = [
  { code: '350500', name: '泉州市', region: '350500', prefecture: true },
  { code: '350582', name: '晋江市', region: '350500', prefecture: false },
  { code: '520600', name: '铜仁市', region: '520600', prefecture: true },
  { code: '420600', name: '襄阳市', region: '420600', prefecture: true },
  { code: '430100', name: '长沙市', region: '430100', prefecture: true },
  { code: '430300', name: '湘潭市', region: '430300', prefecture: true },
];
const file = (over: Partial<AreaCodeFile> = {}): AreaCodeFile => ({
  source: { dataset: 'test', original: 'test' },
  renamed: [{ name: '襄樊市', now: ['420600'], why: '更名' }],
  added: [],
  moved: [],
  none: [],
  shared: [{ areaCode: '0731', why: '同用' }],
  ...over,
});
const table = [
  { name: '泉州市', code: '0595' },
  { name: '铜仁地区', code: '0856' },
  { name: '襄樊市', code: '0710' },
  { name: '长沙市', code: '0731' },
  { name: '湘潭市', code: '0731' },
];

describe('resolveAreaCodes', () => {
  it('leads each code to its divisions and regions: by name, by the prefecture of an older level, by a rename', () => {
    const { codes, problems } = resolveAreaCodes(table, file(), divisions);
    expect(problems).toEqual([]);
    expect(codes.regions.get('0595')).toEqual(['350500']);
    expect(codes.regions.get('0856')).toEqual(['520600']);
    expect(codes.regions.get('0710')).toEqual(['420600']);
    expect(codes.regions.get('0731')).toEqual(['430100', '430300']);
  });

  it('gives a place its region\'s code, or its own where the table names the place', () => {
    const { codes } = resolveAreaCodes([...table, { name: '晋江市', code: '0599' }], file({ shared: [{ areaCode: '0731', why: '同用' }] }), divisions);
    expect(codes.of({ code: '350582', region: '350500' })).toBe('0599');
    expect(codes.of({ code: '350583', region: '350500' })).toBe('0595');
  });

  it('stops on a code two regions share unless the file says why', () => {
    const { problems } = resolveAreaCodes(table, file({ shared: [] }), divisions);
    expect(problems).toEqual([{ path: null, found: '0731 leading to 2 regions (430100, 430300)', expected: expect.stringContaining('under shared') }]);
  });

  it('stops on a name that is no division, a stale shared entry, and a prefecture without a code', () => {
    const { problems } = resolveAreaCodes(
      [{ name: '莱芜市', code: '0634' }, { name: '泉州市', code: '0595' }],
      file({ renamed: [], shared: [{ areaCode: '0595', why: 'x' }] }),
      divisions,
    );
    expect(problems.map((p) => p.found)).toEqual([
      '"莱芜市" (0634), which names no division of the GB/T 2260 dataset',
      '0595, which leads to one region or none',
      '铜仁市 (520600) without an area code',
      '襄阳市 (420600) without an area code',
      '长沙市 (430100) without an area code',
      '湘潭市 (430300) without an area code',
    ]);
    expect(problems[1]?.path).toEqual(['shared', 0, 'areaCode']);
  });

  it('accepts a prefecture without a code when the file says why, and only then', () => {
    const none = [{ code: '520600', why: '没有找到' }, { code: '350500', why: '多余' }];
    const { problems } = resolveAreaCodes(table.filter((r) => r.name !== '铜仁地区'), file({ none }), divisions);
    expect(problems).toEqual([{ path: ['none', 1, 'code'], found: '"350500", which has an area code', expected: 'only prefectures without one' }]);
  });

  it('gives divisions that moved their code the new one, keeps the old one leading there, and lets the new one be shared', () => {
    const moved = [{ divisions: ['430300'], from: '0732', to: '0731', date: '2009-06-28', source: 's', query: 'q' }];
    const { codes, problems } = resolveAreaCodes([...table, { name: '湘潭市', code: '0732' }].filter((r) => !(r.name === '湘潭市' && r.code === '0731')), file({ shared: [], moved }), divisions);
    expect(problems).toEqual([]);
    expect(codes.regions.get('0731')).toEqual(['430100', '430300']);
    expect(codes.regions.get('0732')).toEqual(['430300']);
    expect(codes.of({ code: '430302', region: '430300' })).toBe('0731');
    expect(codes.of({ code: '430300', region: '430300' })).toBe('0731');
  });

  it('stops on a moved entry naming no division', () => {
    const moved = [{ divisions: ['999900'], to: '0731', date: '2009', source: 's', query: 'q' }];
    const { problems } = resolveAreaCodes(table, file({ moved }), divisions);
    expect(problems).toContainEqual({ path: ['moved', 0, 'divisions', 0], found: '"999900"', expected: 'the code of a division in the GB/T 2260 dataset' });
  });
});
