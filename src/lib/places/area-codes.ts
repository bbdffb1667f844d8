import type { AreaCodeFile } from '../schema/area-codes.ts';
import { nameParts } from './place-names.ts';

/** A division the area codes can name: a region (province, prefecture) or a county-level place. */
export interface Division {
  code: string;
  name: string;
  /** The region whose answer applies there (a region's own code). */
  region: string;
  /** Prefectures, and municipalities, which have none: the divisions that must each have a code. */
  prefecture: boolean;
}

/** Area codes resolved: which divisions each code names, and each division's code. */
export interface AreaCodes {
  /** Area code → the divisions it names (0595 → 350500; 0728 → 仙桃, 潜江, 天门). */
  divisions: Map<string, string[]>;
  /** Area code → the regions whose answers apply there, in code order: one, or those `shared` declares. */
  regions: Map<string, string[]>;
  /** A division's own code: a county's where the table names the county (格尔木 0979), else its region's. */
  of: (division: Pick<Division, 'code' | 'region'>) => string | null;
}

/** What is wrong with the table, said so a data editor can fix it: where, what was found, what is expected. */
export interface AreaCodeProblem {
  /** Dotted path in content/area-codes.yaml, or null for a row of the dataset's table. */
  path: (string | number)[] | null;
  found: string;
  expected: string;
}

/**
 * Resolves the dataset's area-code table (name → code) against the GB/T
 * divisions, with content/area-codes.yaml's renames, additions and shared codes.
 * A name that matches no division, a code that leads to two regions without a
 * `shared` entry, or a prefecture with no code and no `none` entry is a
 * problem: nothing guesses.
 * @example resolveAreaCodes([{ name: '泉州市', code: '0595' }], file, divisions).codes.regions.get('0595') // ['350500']
 */
export function resolveAreaCodes(
  table: readonly { name: string; code: string }[],
  file: AreaCodeFile,
  divisions: readonly Division[],
): { codes: AreaCodes; problems: AreaCodeProblem[] } {
  const problems: AreaCodeProblem[] = [];
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const byName = groupBy(divisions, (d) => d.name);
  // 铜仁地区 in the 2010 table is 铜仁市 now: the same prefecture by its spoken name.
  const prefectureBySpoken = groupBy(
    divisions.filter((d) => d.prefecture),
    (d) => nameParts(d.name).base,
  );
  const renamed = new Map(file.renamed.map((r) => [r.name, r.now]));
  const divisionsOf = new Map<string, string[]>();
  const add = (areaCode: string, code: string) => divisionsOf.set(areaCode, [...new Set([...(divisionsOf.get(areaCode) ?? []), code])]);

  file.renamed.forEach((r, i) =>
    r.now.forEach((code, j) => {
      if (!byCode.has(code)) problems.push({ path: ['renamed', i, 'now', j], found: `"${code}"`, expected: 'the code of a division in the GB/T 2260 dataset' });
    }),
  );
  for (const row of table) {
    const now = renamed.get(row.name);
    const found = now ? now.map((c) => byCode.get(c)).filter((d) => d !== undefined) : (byName.get(row.name) ?? prefectureBySpoken.get(nameParts(row.name).base) ?? []);
    if (found.length === 1 || (now && found.length > 0)) for (const d of found) add(row.code, d.code);
    else if (found.length === 0) problems.push({ path: null, found: `"${row.name}" (${row.code}), which names no division of the GB/T 2260 dataset`, expected: 'an entry under renamed with the divisions it is now' });
    else problems.push({ path: null, found: `"${row.name}" (${row.code}), a name ${found.length} divisions share`, expected: 'an entry under renamed naming the one it means' });
  }
  file.added.forEach((a, i) => {
    if (!byCode.has(a.code)) problems.push({ path: ['added', i, 'code'], found: `"${a.code}"`, expected: 'the code of a division in the GB/T 2260 dataset' });
    else add(a.areaCode, a.code);
  });
  // A code dialled today in place of the table's: the division's own from then on; the old one still leads there.
  const moved = new Map<string, string>();
  file.moved.forEach((m, i) =>
    m.divisions.forEach((code, j) => {
      if (!byCode.has(code)) problems.push({ path: ['moved', i, 'divisions', j], found: `"${code}"`, expected: 'the code of a division in the GB/T 2260 dataset' });
      else {
        add(m.to, code);
        moved.set(code, m.to);
      }
    }),
  );

  const regions = new Map([...divisionsOf].map(([areaCode, codes]) => [areaCode, [...new Set(codes.map((c) => byCode.get(c)!.region))].sort()]));
  const shared = new Set([...file.shared.map((s) => s.areaCode), ...file.moved.map((m) => m.to)]);
  for (const [areaCode, rs] of regions) {
    if (rs.length > 1 && !shared.has(areaCode)) {
      problems.push({ path: null, found: `${areaCode} leading to ${rs.length} regions (${rs.join(', ')})`, expected: 'an entry under shared saying why, or the entry that gives one of them the code removed' });
    }
  }
  file.shared.forEach((s, i) => {
    if ((regions.get(s.areaCode)?.length ?? 0) < 2) problems.push({ path: ['shared', i, 'areaCode'], found: `${s.areaCode}, which leads to one region or none`, expected: 'only codes that lead to two regions or more' });
  });

  const coded = new Set([...divisionsOf.values()].flat().map((c) => byCode.get(c)!.region));
  const none = new Set(file.none.map((n) => n.code));
  for (const d of divisions.filter((x) => x.prefecture)) {
    if (!coded.has(d.code) && !none.has(d.code)) problems.push({ path: null, found: `${d.name} (${d.code}) without an area code`, expected: 'its code under added, or an entry under none saying why there is none' });
  }
  file.none.forEach((n, i) => {
    if (coded.has(n.code)) problems.push({ path: ['none', i, 'code'], found: `"${n.code}", which has an area code`, expected: 'only prefectures without one' });
  });

  const own = new Map([...divisionsOf].flatMap(([areaCode, codes]) => codes.map((c) => [c, areaCode] as const)));
  for (const [code, areaCode] of moved) own.set(code, areaCode);
  // A county the table names keeps its own code unless it moved; a county whose region moved dials the region's new code.
  const of = (d: Pick<Division, 'code' | 'region'>) => moved.get(d.code) ?? moved.get(d.region) ?? own.get(d.code) ?? own.get(d.region) ?? null;
  return { codes: { divisions: divisionsOf, regions, of }, problems };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}
