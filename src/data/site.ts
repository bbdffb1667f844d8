import { getCollection } from 'astro:content';
import { buildDay } from '../lib/dates.ts';
import { siteOrigin } from '../lib/site-origin.ts';
import { listYear } from '../lib/wording/list-year.ts';
import { allRegions, type Region } from '../lib/places/regions.ts';
import { builtRegions } from '../lib/build-regions.ts';
import { resolveList, type Resolution } from '../lib/engine/resolve.ts';
import { changesFor } from '../lib/engine/changes.ts';
import { answerFor, lineAnswers, type Answer, type LineAnswer } from '../lib/engine/answer.ts';
import { answerNumbers } from '../lib/published/answer-pages.ts';
import { feedbackTarget } from '../lib/feedback.ts';
import type { List } from '../lib/schema/list.ts';
import type { Hotline } from '../lib/schema/catalogue.ts';
import type { Change, Review } from '../lib/schema/change.ts';
import type { Safety } from '../lib/schema/safety.ts';
import type { Plan, Report } from '../lib/schema/report.ts';
import { reportedNumbers } from '../lib/reports/covers.ts';

/** Everything pages need, loaded once per build. */
export interface Site {
  regions: Region[];
  /** The regions whose pages this build writes: all of them, unless BUILD_REGIONS names a few (never published). */
  built: Region[];
  region: (code: string) => Region;
  name: (code: string) => string;
  resolution: (code: string) => Resolution;
  lists: Map<string, List>;
  sources: Map<string, List['source']>;
  /** Source id → the list that cites it and the document's file text (content/sources/{id}.txt). */
  documents: Map<string, { list: List; text: string }>;
  catalogue: Map<string, Hotline>;
  /** National changes after the lists. */
  changes: Change[];
  /** When national changes were last reviewed, and the finding per number. */
  review: Review;
  /** The emergency numbers and the crisis line (content/safety.yaml). */
  safety: Safety;
  /** What named outlets reported about regions' lines (content/reports/): shown where a list is silent. */
  reports: Report[];
  /** Plans whose list we could not read (content/plans.yaml). */
  plans: Plan[];
  /** The years the lists speak of, e.g. "2021": the data's date, with `review.reviewed`. */
  listYears: string;
  /** The answer for a number in a region on the build's day, every layer applied. */
  answer: (code: string, number: string) => Answer;
  /** Every line of a region's list, answered on the build's day. */
  lines: (code: string) => LineAnswer[];
  /** Region code → the numbers its answer pages answer (for a region without a list, the numbers national changes decide and reports name). */
  answered: Map<string, string[]>;
  /** The day statuses are computed for: BUILD_DATE (YYYY-MM-DD) or today in China; never shown as the data's date. */
  buildDate: string;
  /** A loopback preview (PREVIEW=1, no published SITE_ORIGIN): its posters say so. */
  preview: boolean;
  /** Where citizens report a wrong answer (FEEDBACK: mailto: or https://); null when the deployment names none. */
  feedback: URL | null;
}

let site: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const lists = new Map((await getCollection('lists')).map((e) => [e.data.region, e.data as List]));
  const catalogue = new Map((await getCollection('catalogue')).map((e) => [e.data.number, e.data as Hotline]));
  const changes = (await getCollection('changes')).map((e) => e.data as Change);
  const review = (await getCollection('review'))[0]!.data as Review;
  const safety = (await getCollection('safety'))[0]!.data as Safety;
  const reports = (await getCollection('reports')).map((e) => e.data as Report);
  const plans = (await getCollection('plans')).map((e) => e.data as Plan);
  const texts = new Map((await getCollection('documents')).map((e) => [e.id, e.data.text]));
  const regions = allRegions();
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const region = (code: string) => {
    const r = byCode.get(code);
    if (!r) throw new Error(`unknown region ${code}`);
    return r;
  };
  const resolution = (code: string) => resolveList(region(code), lists);
  const buildDate = buildDay(process.env);
  const answered = new Map<string, string[]>();
  const national = [...catalogue.values()].filter((h) => h.scope === 'national').map((h) => h.number);
  const changedIn = (r: Region) => changesFor(changes, r).flatMap((c) => c.numbers);
  // A number a report names gets a page where the catalogue knows its name (江苏's 96510 is shown on the region's page only).
  const reportedIn = (r: Region) => reportedNumbers(reports, r).filter((n) => catalogue.has(n));
  for (const [code, number] of answerNumbers(regions, resolution, national, changedIn, reportedIn)) {
    answered.set(code, [...(answered.get(code) ?? []), number]);
  }
  const built = builtRegions(regions, process.env);
  if (built.length < regions.length) console.warn(`BUILD_REGIONS: the pages of ${built.length} of ${regions.length} regions only; a preview, not a site to publish`);
  const feedback = feedbackTarget(process.env);
  if (!feedback) console.warn('FEEDBACK is not set: no page offers "这条信息不对？" (report a wrong answer); set FEEDBACK=mailto:… or FEEDBACK=https://… (docs/hosting.md, "Deploying")');
  return {
    regions,
    built,
    region,
    name: (code) => region(code).name,
    resolution,
    lists,
    sources: new Map([...lists.values()].map((l) => [l.source.id, l.source])),
    documents: new Map([...lists.values()].map((l) => [l.source.id, { list: l, text: texts.get(l.source.id)! }])),
    catalogue,
    changes,
    review,
    safety,
    reports,
    plans,
    listYears: [...new Set([...lists.values()].map(listYear).filter((y) => y !== null))].sort().join(', '),
    answer: (code, number) => answerFor(region(code), resolution(code), number, buildDate, changes),
    lines: (code) => lineAnswers(region(code), resolution(code), buildDate, changes),
    answered,
    buildDate,
    preview: siteOrigin(process.env).preview,
    feedback,
  };
}

/** The site's data, validated at load; shared by every page of a build. */
export function getSite(): Promise<Site> {
  site ??= load();
  return site;
}
