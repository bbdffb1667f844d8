import type { Region } from '../places/regions.ts';
import type { List } from '../schema/list.ts';
import type { Change } from '../schema/change.ts';
import type { Resolution } from '../engine/resolve.ts';
import type { Place } from '../places/places.ts';
import { lineAnswers, type LineAnswer } from '../engine/answer.ts';
import { changesFor } from '../engine/changes.ts';
import type { Plan, Report } from '../schema/report.ts';
import { covers, reportedClaims } from '../reports/covers.ts';

/**
 * The public JSON API, version 1 (fixed in DESIGN.md: other sites consume it).
 * Fields may be added; none may be renamed or removed.
 */

/**
 * An entry of /api/v1/regions.json, with the area code dialled there today where it has one of its own (a
 * prefecture, a municipality; null for a province), as /api/v1/places.json gives its places.
 */
export function regionEntry(region: Region, resolution: Resolution, areaCode: string | null) {
  return {
    code: region.code,
    name: region.name,
    parent: region.parent,
    level: region.level,
    list: resolution.kind,
    areaCode,
  };
}

/**
 * An entry of /api/v1/places.json: a county-level division, the region whose
 * answer applies there (its prefecture; a municipality for its districts), and
 * its area code where known (its own where the table names it, else its region's).
 * @example placeEntry({ code: '350582', name: '晋江市', region: '350500' }, '0595') // { code: '350582', name: '晋江市', level: 'county', region: '350500', areaCode: '0595' }
 */
export function placeEntry(place: Place, areaCode: string | null) {
  return { code: place.code, name: place.name, level: 'county' as const, region: place.region, areaCode };
}

/** A national change as the API gives it, with whether it is in force on `asOf`. */
function changeEntry(change: Change, date: string) {
  return { ...change, inForce: change.effective.date <= date };
}

function lineEntry({ line, status, change, today }: LineAnswer) {
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
      /** The column heading the text stands under in the document (完成时间), or null: not part of the quote. */
      label: line.schedule.label ?? null,
      yearAssumed: line.schedule.yearAssumed,
      phases: status.phases,
    },
    /** As of `asOf`, every layer applied: a national change in force decides. */
    dialable: today.dialable,
    statusSince: today.since,
    /** The list's verdict, or `stopped` / `reassigned` where a national change decides. */
    verdict: today.verdict,
    /** What the list alone says as of `asOf`: history once a national change decides. */
    listStatus: { verdict: status.verdict, dialable: status.dialable, statusSince: status.statusSince },
    /** The national change that decides this line as of `asOf` (its id in `changes[]`), or null. */
    change: change && { id: change.id, kind: change.kind, effective: change.effective, dial: change.now.dial },
    remarks: line.remarks,
    /** Values we worked out rather than read in the row (name, department, agents), each with why; {} when none. */
    inferred: line.inferred,
    /** The document's words promising this sub-centre 7×24 service, or null where it makes no such promise. */
    allDay: line.allDay,
    foldedInto: line.foldedInto,
    exception: line.exception,
    inheritedFrom: line.inheritedFrom,
    source: { document: line.sourceId, section: line.section, row: line.row },
  };
}

/**
 * The entries of a region file's `reports[]`: one per statement of every report that speaks for the
 * region, marked `kind: 'report'` — what an outlet said, never a list's verdict. `words` are the
 * report's own (quote-checked); `numbers` is `all` or the numbers they name; `says` what they say of
 * them (cancelled, merged, parallel, subcenter, counts); `part` where only part of the region is meant.
 * @example reportEntries(reports, cangzhou)[0] // { kind: 'report', id: 'cangzhou-2021-09-15', outlet: '长城网', …, numbers: ['96119'], says: 'cancelled', effective: '2021-09-20' }
 */
export function reportEntries(reports: readonly Report[], region: Pick<Region, 'code' | 'parent'>) {
  return reportedClaims(reports, region).map(({ report, claim }) => ({
    kind: 'report' as const,
    id: report.id,
    outlet: report.outlet,
    originally: report.originally,
    title: report.title,
    date: report.date,
    /** The outlet's own address; null when we read only a copy (then `readAt.url`). */
    url: report.url,
    readAt: report.readAt,
    part: report.part,
    words: claim.words,
    numbers: claim.numbers,
    says: claim.says,
    counts: claim.counts,
    effective: claim.effective,
  }));
}

/**
 * /api/v1/regions/{code}.json: the region, the documents its answer rests on,
 * the national changes that speak for it, and every line its list speaks of,
 * with the status as of `date`. A line the list does not mention is absent;
 * a national change about it is in `changes`. What named outlets reported of the
 * region's lines is in `reports` (never merged into `lines`), and the plans that hold
 * a list we could not read are in `plans`.
 */
export function regionFile(region: Region, resolution: Resolution, date: string, changes: readonly Change[], areaCode: string | null, reports: readonly Report[] = [], plans: readonly Plan[] = []) {
  // A document's general rules travel with it: they hold for every line it lists; so does the list's record on the site.
  const sources: (List['source'] & Pick<List, 'rules' | 'history'>)[] =
    resolution.kind === 'none' ? [] : [{ ...resolution.list.source, rules: resolution.list.rules, history: resolution.list.history }];
  return {
    region: regionEntry(region, resolution, areaCode),
    asOf: date,
    sources,
    changes: changesFor(changes, region).map((c) => changeEntry(c, date)),
    lines: lineAnswers(region, resolution, date, changes).map(lineEntry),
    reports: reportEntries(reports, region),
    plans: plans.filter((p) => covers(p, region)),
  };
}

export type RegionFile = ReturnType<typeof regionFile>;
