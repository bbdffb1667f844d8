import type { Region } from './regions.ts';
import type { List } from './schema/list.ts';
import { regionLines, type RegionLine, type Resolution } from './engine/resolve.ts';
import { statusOn } from './engine/status.ts';

/**
 * The public JSON API, version 1 (fixed in DESIGN.md: other sites consume it).
 * Fields may be added; none may be renamed or removed.
 */

/** An entry of /api/v1/regions.json. */
export function regionEntry(region: Region, resolution: Resolution) {
  return {
    code: region.code,
    name: region.name,
    parent: region.parent,
    level: region.level,
    list: resolution.kind,
  };
}

function lineEntry(line: RegionLine, date: string) {
  const status = statusOn(line, date);
  return {
    number: line.number,
    aliases: line.aliases,
    name: line.name,
    department: line.department,
    mode: line.mode,
    agents: line.agents,
    answeredBy: line.answeredBy,
    schedule: line.schedule && {
      text: line.schedule.text,
      yearAssumed: line.schedule.yearAssumed,
      phases: status.phases,
    },
    dialable: status.dialable,
    statusSince: status.statusSince,
    verdict: status.verdict,
    remarks: line.remarks,
    foldedInto: line.foldedInto,
    exception: line.exception,
    inheritedFrom: line.inheritedFrom,
    source: { document: line.sourceId, section: line.section, row: line.row },
  };
}

/**
 * /api/v1/regions/{code}.json: the region, the documents its answer rests on,
 * and every line its list speaks of, with the status as of `date`.
 * A line the list does not mention is absent.
 */
export function regionFile(region: Region, resolution: Resolution, date: string) {
  const sources: List['source'][] = resolution.kind === 'none' ? [] : [resolution.list.source];
  return {
    region: regionEntry(region, resolution),
    asOf: date,
    sources,
    lines: regionLines(region.code, resolution).map((l) => lineEntry(l, date)),
  };
}

export type RegionFile = ReturnType<typeof regionFile>;
