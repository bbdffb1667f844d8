import type { Loader } from 'astro/loaders';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadContent, type Content } from '../lib/content/load.ts';
import { loadDocuments } from '../lib/content/documents.ts';
import { hotline } from '../lib/schema/catalogue.ts';
import { list } from '../lib/schema/list.ts';
import { allRegions } from '../lib/regions.ts';

let loaded: (Content & { documents: Map<string, string> }) | undefined;

/**
 * Reads content/ once per build: every collection shares the validated result.
 * CONTENT_DIR points the build at another folder (tests build broken fixtures).
 */
function content(root: URL): NonNullable<typeof loaded> {
  const codes = new Set(allRegions().map((r) => r.code));
  const dir = process.env['CONTENT_DIR'] ? resolve(process.env['CONTENT_DIR']) : fileURLToPath(new URL('content/', root));
  if (!loaded) {
    const valid = loadContent(dir, (code) => codes.has(code), fileURLToPath(root));
    loaded = { ...valid, documents: loadDocuments(dir, valid.lists, fileURLToPath(root)) };
  }
  return loaded;
}

/**
 * Content-layer loaders for the merge lists and the catalogue. They validate
 * the whole of content/ (schema and cross-checks) before storing anything, so a
 * data editor's mistake stops the build with every problem listed.
 */
export function listsLoader(): Loader {
  return {
    name: 'hotline-lists',
    schema: list,
    load: async ({ store, parseData, config }) => {
      store.clear();
      for (const l of content(config.root).lists) {
        store.set({ id: l.region, data: await parseData({ id: l.region, data: l }) });
      }
    },
  };
}

export function catalogueLoader(): Loader {
  return {
    name: 'hotline-catalogue',
    schema: hotline,
    load: async ({ store, parseData, config }) => {
      store.clear();
      for (const h of content(config.root).catalogue) {
        store.set({ id: h.number, data: await parseData({ id: h.number, data: h }) });
      }
    },
  };
}

/** The source documents' text as published (content/sources/{id}.txt), by source id; every cited row found in it. */
export function documentsLoader(): Loader {
  return {
    name: 'hotline-documents',
    schema: z.object({ text: z.string() }),
    load: async ({ store, parseData, config }) => {
      store.clear();
      for (const [id, text] of content(config.root).documents) {
        store.set({ id, data: await parseData({ id, data: { text } }) });
      }
    },
  };
}
