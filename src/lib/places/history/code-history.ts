/**
 * The history of the division codes, table by table (the Ministry of Civil Affairs' 县级以上行政区划代码, as the
 * areacodes dataset collects them from 1981 on): which code a name had when, and where its area went when it
 * ended. Pure: scripts/places/former-names.ts reads the dataset's result.csv into records and derives the former
 * names from them (former-names.ts).
 */

/** One row of the history: a code under one name, from one year's table until another's. */
export interface CodeRecord {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  /** The first year whose table lists it (each table as at 31 December). */
  from: number;
  /** The first year whose table no longer lists it under this code and name; null while it is in use. */
  until: number | null;
  /** 变更: the code stayed, under another name (襄樊市 → 襄阳市, 420600); else it was dropped (弃用) or is in use. */
  changedInPlace: boolean;
  /**
   * Where its area went (新代码): codes, each with the year its part went where that is not `until` (an earlier
   * transfer of a part: 320212[1987]). A prefecture whose counties carry the correspondence lists none.
   */
  next: { code: string; year: number | null }[];
}

/** The records, looked up by code. */
export type CodeHistory = ReadonlyMap<string, readonly CodeRecord[]>;

/**
 * The records by code, for the lookups below.
 * @example codeHistory(records).get('330181')?.[0]?.name // '萧山市'
 */
export function codeHistory(records: readonly CodeRecord[]): CodeHistory {
  const byCode = new Map<string, CodeRecord[]>();
  for (const r of records) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  return byCode;
}

/**
 * The record a code named in a year's table.
 * @example recordAt(history, '320800', 2001)?.name // '淮安市'
 */
export const recordAt = (history: CodeHistory, code: string, year: number): CodeRecord | undefined =>
  history.get(code)?.find((r) => r.from <= year && (r.until === null || r.until > year));

/**
 * The codes a record's area went to when it ended, in the table of its last year: its own where it changed in
 * place; for a county, the codes it names (a part that went earlier, 320212[1987], was no longer in it); for a
 * prefecture, whose counties carry the correspondence, the prefectures its last counties went to (忻州地区's
 * counties to 140900: 忻州市), or a county-level division that went to no prefecture. Empty for a record in use.
 * @example successors(history, recordAt(history, '320586', 1999)!) // ['320506', '320507']: 吴县市 → 吴中区, 相城区
 */
export function successors(history: CodeHistory, record: CodeRecord): string[] {
  const until = record.until;
  if (until === null) return [];
  const named = record.next.filter((n) => n.year === null || n.year >= until).map((n) => n.code);
  if (named.length > 0) return [...new Set(named)];
  if (record.changedInPlace) return [record.code];
  if (record.level !== 'city') return [];
  const prefix = record.code.slice(0, 4);
  const counties = [...history.values()].flatMap((rs) => rs.filter((r) => r.level === 'county' && r.code.startsWith(prefix) && r.from <= until - 1 && (r.until === null || r.until > until - 1)));
  const went = counties.flatMap((c) => (c.until === until ? successors(history, c) : c.until === null || c.until > until ? [c.code] : []));
  return [...new Set(went.map((code) => (recordAt(history, `${code.slice(0, 4)}00`, until) ? `${code.slice(0, 4)}00` : code)))];
}

/** Where a record's area is in the site's dataset: the current divisions reached, and whether part of it reached none. */
export interface Reached {
  codes: string[];
  /** Some part was followed to a code the site's dataset does not have (460302, which it lists as 460321). */
  lost: boolean;
  /** It took more than one change to get there (思茅地区 → 思茅市 → 普洱市). */
  steps: number;
}

/**
 * Follows a record's successors, change after change, to divisions current in the site's dataset: a code whose
 * record there was still in use in the table of `asOf` (the dataset's divisions are those at its end), and that the
 * dataset has. A code that ended before is followed further.
 * @param isCurrent whether the site's dataset has a division of that code
 * @param asOf the year of the site's dataset (its divisions as at the end of 2021)
 * @example reach(history, recordAt(history, '530800', 2006)!, (c) => c === '530800', 2021) // { codes: ['530800'], lost: false, steps: 1 }
 */
export function reach(history: CodeHistory, record: CodeRecord, isCurrent: (code: string) => boolean, asOf: number): Reached {
  const codes = new Set<string>();
  let lost = false;
  let steps = 0;
  const seen = new Set<string>();
  const follow = (from: CodeRecord, depth: number) => {
    const next = successors(history, from);
    if (next.length === 0) lost = true;
    for (const code of next) {
      const r = recordAt(history, code, from.until!);
      // A loop in the data would never end; a code no table lists at that time leads nowhere.
      if (!r || seen.has(`${code}@${r.from}`)) {
        lost ||= !r;
        continue;
      }
      seen.add(`${code}@${r.from}`);
      if (r.until === null || r.until > asOf) {
        if (isCurrent(code)) codes.add(code);
        else lost = true;
        steps = Math.max(steps, depth);
      } else follow(r, depth + 1);
    }
  };
  follow(record, 1);
  return { codes: [...codes].sort(), lost, steps };
}

/**
 * What happened to a record's name, in the schema's words: `renamed`, the same area under a new division of its
 * own (a new code or name that nothing else joined: 大兴县 → 大兴区); `merged`, joined with others, or into a
 * division that was there before (崇文区 → 东城区); `abolished`, its parts went to several. Said of the one change
 * it ended with: where its successor has changed since (思茅地区 → 思茅市 → 普洱市), "renamed 普洱市" would be
 * false, so it is `abolished` — it ended then, and is now part of what the chain reaches.
 * @example kindOf(history, recordAt(history, '110224', 2000)!, 1) // 'renamed': 大兴县 → 大兴区
 */
export function kindOf(history: CodeHistory, record: CodeRecord, steps: number): 'renamed' | 'merged' | 'abolished' {
  const until = record.until!;
  const next = successors(history, record);
  if (next.length !== 1 || steps > 1) return 'abolished';
  const code = next[0]!;
  if ((recordAt(history, code, until)?.from ?? until) < until) return 'merged';
  const joined = [...history.values()].some((rs) => rs.some((r) => r !== record && r.until === until && r.level === record.level && successors(history, r).includes(code)));
  return joined ? 'merged' : 'renamed';
}

const LEVELS: Record<string, CodeRecord['level']> = { 省级: 'province', 地级: 'city', 县级: 'county' };

/**
 * A row of the dataset's result.csv (代码, 名称, 级别, 状态, 启用时间, 变更/弃用时间, 新代码) as a record; null for a
 * row that does not read so, which the script reports rather than guess at.
 * @example historyRecord({ 代码: '110224', 名称: '大兴县', 级别: '县级', 状态: '弃用', 启用时间: '1981', '变更/弃用时间': '2001', 新代码: '110115' })
 * // { code: '110224', name: '大兴县', level: 'county', from: 1981, until: 2001, changedInPlace: false, next: [{ code: '110115', year: null }] }
 */
export function historyRecord(row: Readonly<Record<string, string | undefined>>): CodeRecord | null {
  const level = LEVELS[row['级别'] ?? ''];
  const status = row['状态'];
  const [from, until] = [row['启用时间'] ?? '', row['变更/弃用时间'] ?? ''];
  const next = (row['新代码'] ?? '').split(';').filter((s) => s !== '').map((s) => /^(\d{6})(?:\[(\d{4})\])?$/.exec(s));
  if (!/^\d{6}$/.test(row['代码'] ?? '') || !row['名称'] || !level || !/^\d{4}$/.test(from) || next.some((n) => !n)) return null;
  if (status === '在用' ? until !== '' : (status !== '弃用' && status !== '变更') || !/^\d{4}$/.test(until)) return null;
  return {
    code: row['代码']!,
    name: row['名称'],
    level,
    from: Number(from),
    until: until === '' ? null : Number(until),
    changedInPlace: status === '变更',
    next: next.map((n) => ({ code: n![1]!, year: n![2] ? Number(n![2]) : null })),
  };
}
