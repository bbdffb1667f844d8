/**
 * Every word a page shows as the document's is in the document: each quoted
 * field of every row of every list, checked against content/sources/ under the
 * one normalisation written down in src/lib/sources/quote-text.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/data-error.ts';
import { quoteProblems, quotedFields } from '../../src/lib/content/quotes.ts';
import { parseYaml } from '../../src/lib/content/yaml-file.ts';
import { list as listSchema } from '../../src/lib/schema/list.ts';
import { documentPart } from '../../src/lib/sources/document-part.ts';
import { repoRoot } from '../support/load-fixture.ts';

const files = readdirSync(`${repoRoot}content/lists`).filter((n) => n.endsWith('.yaml')).sort();

describe.each(files)('content/lists/%s', (name) => {
  const file = `content/lists/${name}`;
  const { yaml } = parseYaml(file, readFileSync(`${repoRoot}${file}`, 'utf8'));
  const list = listSchema.parse(yaml!.data);
  const document = documentPart(readFileSync(`${repoRoot}content/sources/${list.source.id}.txt`, 'utf8'), list.source.endsBefore)!;

  it('quotes its document word for word in every field it gives as the document’s', () => {
    const problems = quoteProblems(file, list, document, yaml!.lineOf);
    expect(problems.map(formatProblem).join('\n')).toBe('');
  });

  it('quotes from every row', () => {
    const quoted = new Set(quotedFields(list).flatMap((f) => (f[`path`][0] === 'lines' ? [f.path[1]] : [])));
    expect(quoted.size).toBe(list.lines.length);
  });
});
