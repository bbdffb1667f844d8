import { getCollection } from 'astro:content';
import { todayInChina } from '../lib/dates.ts';
import { allRegions, type Region } from '../lib/regions.ts';
import { resolveList, type Resolution } from '../lib/engine/resolve.ts';
import { answerNumbers } from '../lib/answer-pages.ts';
import type { List } from '../lib/schema/list.ts';
import type { Hotline } from '../lib/schema/catalogue.ts';

/** Everything pages need, loaded once per build. */
export interface Site {
  regions: Region[];
  region: (code: string) => Region;
  name: (code: string) => string;
  resolution: (code: string) => Resolution;
  lists: Map<string, List>;
  sources: Map<string, List['source']>;
  /** Source id → the list that cites it and the document's file text (content/sources/{id}.txt). */
  documents: Map<string, { list: List; text: string }>;
  catalogue: Map<string, Hotline>;
  /** Region code → the numbers its answer pages answer (none for a region without a list). */
  answered: Map<string, string[]>;
  /** The day statuses are computed for: BUILD_DATE (YYYY-MM-DD) or today in China. */
  buildDate: string;
}

let site: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const lists = new Map((await getCollection('lists')).map((e) => [e.data.region, e.data as List]));
  const catalogue = new Map((await getCollection('catalogue')).map((e) => [e.data.number, e.data as Hotline]));
  const texts = new Map((await getCollection('documents')).map((e) => [e.id, e.data.text]));
  const regions = allRegions();
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const region = (code: string) => {
    const r = byCode.get(code);
    if (!r) throw new Error(`unknown region ${code}`);
    return r;
  };
  const resolution = (code: string) => resolveList(region(code), lists);
  const answered = new Map<string, string[]>();
  const national = [...catalogue.values()].filter((h) => h.scope === 'national').map((h) => h.number);
  for (const [code, number] of answerNumbers(regions, resolution, national)) {
    answered.set(code, [...(answered.get(code) ?? []), number]);
  }
  return {
    regions,
    region,
    name: (code) => region(code).name,
    resolution,
    lists,
    sources: new Map([...lists.values()].map((l) => [l.source.id, l.source])),
    documents: new Map([...lists.values()].map((l) => [l.source.id, { list: l, text: texts.get(l.source.id)! }])),
    catalogue,
    answered,
    buildDate: process.env['BUILD_DATE'] ?? todayInChina(),
  };
}

/** The site's data, validated at load; shared by every page of a build. */
export function getSite(): Promise<Site> {
  site ??= load();
  return site;
}
