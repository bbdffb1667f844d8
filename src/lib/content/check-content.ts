import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { list as listSchema } from '../schema/list.ts';
import type { Safety } from '../schema/safety.ts';
import { documentPart } from '../sources/document-part.ts';
import { DataError } from './data-error.ts';
import { documentProblems } from './document-check.ts';
import { loadDocuments } from './documents.ts';
import { loadContent, type Content } from './load.ts';
import { quoteProblems } from './quotes.ts';
import { loadReports, type Reported } from './reports.ts';
import { loadSafety } from './safety.ts';
import { parseYaml } from './yaml-file.ts';

/** content/, every check passed: what the build publishes. */
export interface CheckedContent extends Content, Reported {
  /** Each document's file text, by source id. */
  documents: Map<string, string>;
  safety: Safety;
}

/**
 * The one gate of content/, run by `npm run build` before it writes a page and by
 * `npm run check-data`: the schema and cross-checks, each list's document and rows, what is said
 * in danger, every quote in its document's words, every list against its own document as the
 * importer's reader reads it, and what named outlets reported (each word in the text read). Each stage reports every problem it finds; a later stage runs once
 * the earlier ones pass (it needs what they validate).
 * @param dir the content folder
 * @param isRegion tells whether a code is a real GB/T 2260 division
 * @param root paths in messages are shown relative to this folder
 * @throws {DataError} with file, line, row, what was found and what was expected for each problem
 */
export function checkContent(dir: string, isRegion: (code: string) => boolean, root = process.cwd()): CheckedContent {
  const content = loadContent(dir, isRegion, root);
  const documents = loadDocuments(dir, content.lists, root);
  const safety = loadSafety(dir, content, root);
  const listsDir = join(dir, 'lists');
  const problems = readdirSync(listsDir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .flatMap((name) => {
      const { yaml } = parseYaml(relative(root, join(listsDir, name)), readFileSync(join(listsDir, name), 'utf8'));
      const list = listSchema.parse(yaml!.data);
      const document = documentPart(documents.get(list.source.id)!, list.source.endsBefore)!;
      const documentFile = relative(root, join(dir, 'sources', `${list.source.id}.txt`));
      return [...quoteProblems(yaml!.file, list, document, yaml!.lineOf), ...documentProblems(yaml!.file, list, document, documentFile, content.catalogue, yaml!.lineOf)];
    });
  if (problems.length > 0) throw new DataError(problems);
  return { ...content, documents, safety, ...loadReports(dir, isRegion, root) };
}
