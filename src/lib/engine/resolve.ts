import type { List } from '../schema/list.ts';
import type { Line } from '../schema/line.ts';
import type { Region } from '../places/regions.ts';
import type { HeldInPart } from '../schema/source.ts';
import { allDayPromise } from './all-day.ts';

/** Which list speaks for a region. */
export type Resolution =
  | { kind: 'own'; list: List }
  | { kind: 'inherited'; list: List; from: string }
  | { kind: 'none' };

/**
 * The list that speaks for a region: its own; else its province's, marked as
 * inherited; else none.
 * @example resolveList(xiamen, lists) // { kind: 'inherited', from: '350000', list: fujian }
 */
export function resolveList(region: Pick<Region, 'code' | 'parent'>, lists: ReadonlyMap<string, List>): Resolution {
  const own = lists.get(region.code);
  if (own) return { kind: 'own', list: own };
  const parent = region.parent === null ? undefined : lists.get(region.parent);
  if (parent && region.parent) return { kind: 'inherited', list: parent, from: region.parent };
  return { kind: 'none' };
}

/** A line as it applies to one region: exceptions applied, provenance attached. */
export type RegionLine = Line & {
  /** The province whose list this comes from, when the region has none of its own. */
  inheritedFrom: string | null;
  /** The id of the document the row is in. */
  sourceId: string;
  /** The document's words when a single-region exception changed mode or agents. */
  exception: string | null;
  /** The document's words promising this sub-centre 7×24 service; null where it makes no such promise (`allDayPromise`). */
  allDay: string | null;
};

/** Is the line about this region at all? (Jilin 12319 is only about 长春.) */
function speaksFor(line: Line, list: List, region: string): boolean {
  return line.onlyIn.length === 0 || region === list.region || line.onlyIn.includes(region);
}

function forRegion(line: Line, list: List, region: string, inheritedFrom: string | null): RegionLine {
  const ex = line.exceptions.find((e) => e.region === region);
  const applied = {
    ...line,
    mode: ex?.mode ?? line.mode,
    agents: ex?.agents !== undefined ? ex.agents : line.agents,
    inheritedFrom,
    sourceId: list.source.id,
    exception: ex?.text ?? null,
  };
  return { ...applied, allDay: allDayPromise(applied, list.rules) };
}

/**
 * Every line the region's list speaks of for this region, in document order.
 * @example regionLines('350200', resolution).find((l) => l.number === '12333')?.mode // 'parallel' (Xiamen)
 */
export function regionLines(region: string, resolution: Resolution): RegionLine[] {
  if (resolution.kind === 'none') return [];
  const from = resolution.kind === 'inherited' ? resolution.from : null;
  const { list } = resolution;
  return list.lines.filter((l) => speaksFor(l, list, region)).map((l) => forRegion(l, list, region, from));
}

/** What the region's list says of one number. */
export type Lookup =
  | { kind: 'noList' }
  | { kind: 'line'; line: RegionLine }
  /** The list mentions the number only for other regions (`onlyIn`). */
  | { kind: 'otherRegions'; onlyIn: string[] }
  | { kind: 'notMentioned' }
  /** The list is held in part and its held text does not name the number: it may be named past the break. */
  | { kind: 'pastBreak'; heldInPart: HeldInPart };

/**
 * Finds a number (or an alias, e.g. Jilin 96618 for 12393) in a region's list.
 * @example lookup('445100', chaozhou, '12300').kind // 'notMentioned'
 * @example lookup('450100', guangxi, '12366').kind // 'pastBreak': 广西's text breaks off before it could say
 */
export function lookup(region: string, resolution: Resolution, number: string): Lookup {
  if (resolution.kind === 'none') return { kind: 'noList' };
  const line = resolution.list.lines.find((l) => l.number === number || l.aliases.includes(number));
  const { heldInPart } = resolution.list.source;
  if (!line) return heldInPart ? { kind: 'pastBreak', heldInPart } : { kind: 'notMentioned' };
  if (!speaksFor(line, resolution.list, region)) return { kind: 'otherRegions', onlyIn: line.onlyIn };
  return { kind: 'line', line: forRegion(line, resolution.list, region, resolution.kind === 'inherited' ? resolution.from : null) };
}
