import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { List } from '../schema/list.ts';
import { rowAnchors } from '../sources/anchors.ts';
import { documentPart } from '../sources/document-part.ts';
import { locateRows } from '../sources/locate.ts';
import { endsWithQuote, findQuote } from '../sources/find-quote.ts';
import { rowOf } from './cross-check.ts';
import { DataError, type DataProblem } from './data-error.ts';

/** A document's text is published whole on its page: no list's is near this. */
const DOCUMENT_MAX_BYTES = 2 * 2 ** 20;

/**
 * Reads each list's document, content/sources/{source.id}.txt, and checks that
 * every row the list cites can be found in it: the source pages link each
 * answer to its exact row, so a row that is not there is a mistake in the
 * list or in the text, and stops the build like any other.
 * @param dir the content folder
 * @param root paths in messages are shown relative to this folder
 * @returns each document's file text, by source id
 * @throws {DataError} listing every missing file and every row not found
 */
export function loadDocuments(dir: string, lists: readonly List[], root = process.cwd()): Map<string, string> {
  const problems: DataProblem[] = [];
  const documents = new Map<string, string>();
  for (const { region, source, lines } of lists) {
    const path = join(dir, 'sources', `${source.id}.txt`);
    const file = relative(root, path);
    if (!existsSync(path)) {
      problems.push({ file, found: 'no such file', expected: `the text of "${source.title}", which the ${region} list cites as source.id ${source.id}, copied byte for byte` });
      continue;
    }
    const size = statSync(path).size;
    if (size > DOCUMENT_MAX_BYTES) {
      problems.push({ file, found: `${(size / 2 ** 20).toFixed(1)} MB of text`, expected: `at most ${DOCUMENT_MAX_BYTES / 2 ** 20} MB: the text of the document that holds the list (the longest here is 12 KB), which its page shows whole` });
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const part = documentPart(text, source.endsBefore);
    if (part === null) {
      problems.push({ file, field: 'source.endsBefore', found: `no "${source.endsBefore}" in the text`, expected: `the ${region} list's source.endsBefore to quote the first words after the document as the file has them` });
      continue;
    }
    const stops = source.heldInPart?.stopsAfter;
    if (stops && !endsWithQuote(part, stops)) {
      const end = part.trimEnd().slice(-Math.max(stops.length, 10)).replace(/\s+/gu, ' ');
      const where = findQuote(part, stops) ? 'is in the text but not at its end' : 'is not in the text';
      problems.push({ file, field: 'source.heldInPart.stopsAfter', found: `"${stops}", which ${where}`, expected: `the ${region} list's last words of the text we hold, as the file ends: "…${end}"` });
    }
    locateRows(part, lines).forEach((location, i) => {
      if (location) return;
      const line = lines[i]!;
      problems.push({
        file,
        row: rowOf(line),
        found: `no line for it under the heading "${line.section}"`,
        expected: `the ${region} list's row as the document prints it: a line starting with its section, then a table line starting with its 序号 and a tab, holding its ${line.number ? 'number' : 'name'} (or a cell listing several lines, each by number): correct the list or the text`,
      });
    });
    const anchors = rowAnchors(lines);
    anchors.forEach((anchor, i) => {
      if (anchors.indexOf(anchor) !== i) problems.push({ file, row: rowOf(lines[i]!), found: `a second row with the anchor #${anchor}`, expected: 'one row without 序号 per section and number' });
    });
    documents.set(source.id, text);
  }
  if (problems.length > 0) throw new DataError(problems);
  return documents;
}
