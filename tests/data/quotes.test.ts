/**
 * Every word a page shows as the document's is in the document: each quoted
 * field of every row of every list, checked against content/sources/ under the
 * one normalisation written down in src/lib/sources/quote-text.ts. That every
 * list in content/ passes is the build's gate (tests/data/document-check.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/data-error.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { quoteProblems, quotedFields } from '../../src/lib/content/quotes.ts';
import { documentPart } from '../../src/lib/sources/document-part.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';

const { lists } = loadContent(`${repoRoot}content`, isRegion, repoRoot);

describe('the quotes in content/lists/', () => {
  it.each(lists.map((l) => [l.source.id, l] as const))('%s: quotes its document in every row', (_id, list) => {
    const quoted = new Set(quotedFields(list).flatMap((f) => (f.path[0] === 'lines' ? [f.path[1]] : [])));
    expect(quoted.size).toBe(list.lines.length);
  });

  it('catch a remark with one character changed, and say where it is and what the document has', () => {
    const chaozhou = lists.find((l) => l.region === '445100')!;
    const i = chaozhou.lines.findIndex((l) => l.number === '12333');
    const changed = structuredClone(chaozhou);
    changed.lines[i]!.remarks = ['已并入，须设专家坐席'];
    const document = documentPart(readFileSync(`${repoRoot}content/sources/chaozhou-2021.txt`, 'utf8'), null)!;
    const problems = quoteProblems('content/lists/445100-chaozhou.yaml', changed, document, () => 142);
    expect(problems.map(formatProblem)).toEqual([
      'content/lists/445100-chaozhou.yaml:142, row 11 (12333), field "remarks.0": found "已并入，须设专家坐席", which chaozhou-2021.txt does not contain; expected the document\'s words exactly (spaces, line breaks and full/half-width forms aside); the closest passage there is "已并入，须设专家座席".',
    ]);
  });
});
