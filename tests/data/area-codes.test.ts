import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { divisionsOf, loadAreaCodes } from '../../src/lib/places/content/area-codes.ts';
import { allRegions } from '../../src/lib/places/regions.ts';
import { allPlaces } from '../../src/lib/places/places.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const regions = allRegions();
const places = allPlaces(regions);
// Throws, with file and line, on any problem: a code two regions share without saying why, a prefecture without one.
const codes = loadAreaCodes(root, divisionsOf(regions, places));

describe('content/area-codes.yaml with the dataset\'s area-code table', () => {
  it('gives every prefecture and municipality a code, except those the table says it has none for', () => {
    const coded = new Set([...codes.regions.values()].flat());
    const without = regions.filter((r) => (r.level === 'city' || ['110000', '120000', '310000', '500000'].includes(r.code)) && !coded.has(r.code)).map((r) => r.code);
    expect(without).toEqual([]);
  });

  it('leads the codes on old leaflets to their regions', () => {
    expect(codes.regions.get('0595')).toEqual(['350500']);
    expect(codes.regions.get('010')).toEqual(['110000']);
    expect(codes.regions.get('0413')).toEqual(['210400']);
    expect(codes.regions.get('0852')).toEqual(['520300']);
    expect(codes.regions.get('0565')).toEqual(['340100']);
    expect(codes.regions.get('0431')).toEqual(['220100']);
    expect(codes.regions.get('0768')).toEqual(['445100']);
    expect(codes.regions.get('0710')).toEqual(['420600']);
    expect(codes.regions.get('0634')).toEqual(['370100']);
    expect(codes.regions.get('0433')).toEqual(['222400']);
  });

  it('leads a shared code to every region it names, never one of them', () => {
    expect(codes.regions.get('0731')).toEqual(['430100', '430200', '430300']);
    expect(codes.regions.get('029')).toEqual(['610100', '610400']);
  });

  it('gives a county its own code where the table names it (格尔木 0979), else its prefecture\'s', () => {
    expect(codes.of({ code: '632801', region: '632800' })).toBe('0979');
    expect(codes.of({ code: '350582', region: '350500' })).toBe('0595');
  });

  it('leads a code to every region that dials it today, with the mergers since the 2010 table', () => {
    expect(codes.regions.get('024')).toEqual(['210100', '210400', '210500', '211200']);
    expect(codes.regions.get('0851')).toEqual(['520100', '520300', '520400']);
    expect(codes.regions.get('0371')).toEqual(['410100', '410200']);
    expect(codes.regions.get('028')).toEqual(['510100', '511400', '512000']);
    expect(codes.regions.get('0558')).toEqual(['341200', '341600']);
    expect(codes.regions.get('0898')).toEqual(['460100', '460200', '460300', '460400', '469000']);
  });

  it('gives each place the code dialled there today, not the 2010 table\'s', () => {
    const today = (code: string) => codes.of(places.find((p) => p.code === code)!);
    expect(today('210402')).toBe('024'); // 抚顺 新抚区
    expect(today('211282')).toBe('024'); // 铁岭 开原市
    expect(today('210502')).toBe('024'); // 本溪 平山区
    expect(today('520302')).toBe('0851'); // 遵义 红花岗区
    expect(today('520402')).toBe('0851'); // 安顺 西秀区
    expect(today('410202')).toBe('0371'); // 开封 龙亭区
    expect(today('511402')).toBe('028'); // 眉山 东坡区
    expect(today('512002')).toBe('028'); // 资阳 雁江区
    expect(today('341602')).toBe('0558'); // 亳州 谯城区
    expect(today('340181')).toBe('0551'); // 巢湖市
    expect(today('370116')).toBe('0531'); // 莱芜区
    expect(today('370117')).toBe('0531'); // 钢城区
    expect(today('469001')).toBe('0898'); // 五指山市
    expect(codes.of({ code: '460400', region: '460400' })).toBe('0898');
    expect(codes.of({ code: '460300', region: '460300' })).toBe('0898');
  });

  it('gives the 兵团 cities the code a source names, and none where no source was found', () => {
    const today = (code: string) => codes.of(places.find((p) => p.code === code)!);
    expect(today('659005')).toBe('0906'); // 北屯
    expect(today('659008')).toBe('0999'); // 可克达拉
    expect(today('659006')).toBe('0996'); // 铁门关
    expect(today('659001')).toBe('0993'); // 石河子, 五家渠, 阿拉尔, 图木舒克: the 2010 table
    expect(today('659004')).toBe('0994');
    expect(today('659002')).toBe('0997');
    expect(today('659003')).toBe('0998');
    for (const code of ['659007', '659009', '659010', '659011', '659012']) expect(today(code), code).toBeNull(); // 双河, 昆玉, 胡杨河, 新星, 白杨
    expect(codes.regions.get('0906')).toEqual(['654300', '659000']);
    expect(codes.regions.get('0999')).toEqual(['654000', '659000']);
  });
});
