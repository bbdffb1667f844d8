import type { Loader } from 'astro/loaders';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { checkContent, type CheckedContent } from '../lib/content/check-content.ts';
import { plan, report } from '../lib/schema/report.ts';
import { safety } from '../lib/schema/safety.ts';
import { hotline } from '../lib/schema/catalogue.ts';
import { list } from '../lib/schema/list.ts';
import { change, review } from '../lib/schema/change.ts';
import { allRegions } from '../lib/places/regions.ts';
import { buildDay, reviewIsStale } from '../lib/dates.ts';

let loaded: CheckedContent | undefined;

/**
 * Reads content/ once per build, through the one gate `npm run check-data` runs too (quotes and
 * each list against its document included): every collection shares the checked result, and a
 * refused folder stops the build before a page is written.
 * CONTENT_DIR points the build at another folder (tests build broken fixtures).
 */
function content(root: URL): NonNullable<typeof loaded> {
  const codes = new Set(allRegions().map((r) => r.code));
  const dir = process.env['CONTENT_DIR'] ? resolve(process.env['CONTENT_DIR']) : fileURLToPath(new URL('content/', root));
  loaded ??= checkContent(dir, (code) => codes.has(code), fileURLToPath(root));
  return loaded;
}

/**
 * A content-layer loader for one part of content/. The whole folder is validated
 * (schema and cross-checks) before anything is stored, so a data editor's mistake
 * stops the build with every problem listed.
 */
function loader<S extends z.ZodType>(name: string, schema: S, entries: (c: NonNullable<typeof loaded>) => { id: string; data: z.output<S> }[]): Loader {
  return {
    name,
    schema,
    load: async ({ store, parseData, config }) => {
      store.clear();
      for (const e of entries(content(config.root))) store.set({ id: e.id, data: await parseData({ id: e.id, data: e.data as Record<string, unknown> }) });
    },
  };
}

export const listsLoader = () => loader('hotline-lists', list, (c) => c.lists.map((l) => ({ id: l.region, data: l })));
export const catalogueLoader = () => loader('hotline-catalogue', hotline, (c) => c.catalogue.map((h) => ({ id: h.number, data: h })));
export const changesLoader = () => loader('national-changes', change, (c) => c.changes.map((ch) => ({ id: ch.id, data: ch })));
export const reportsLoader = () => loader('regional-reports', report, (c) => c.reports.map((r) => ({ id: r.id, data: r })));
export const plansLoader = () => loader('regional-plans', plan, (c) => c.plans.map((p, i) => ({ id: String(i), data: p })));
export const safetyLoader = () => loader('safety', safety, (c) => [{ id: 'safety', data: c.safety }]);

/** The review of national changes; warns when it is more than a year old on the build's day. */
export function reviewLoader(): Loader {
  const inner = loader('national-review', review, (c) => [{ id: 'review', data: c.review }]);
  return {
    ...inner,
    load: async (context) => {
      await inner.load(context);
      const { reviewed } = content(context.config.root).review;
      const today = buildDay(process.env);
      if (reviewIsStale(reviewed, today)) {
        context.logger.warn(
          `National changes were last reviewed on ${reviewed}, more than a year before ${today}: search again for every number (docs/data-editors.md, "Adding a national change") and update content/national-review.yaml.`,
        );
      }
    },
  };
}

/** The source documents' text as published (content/sources/{id}.txt), by source id; every cited row found in it. */
export const documentsLoader = () =>
  loader('hotline-documents', z.object({ text: z.string() }), (c) => [...c.documents].map(([id, text]) => ({ id, data: { text } })));
