/**
 * The importer against the documents: each document in content/sources/ is drafted again by
 * `draftList`, and every row's number and mode must be the hand-made list's, row for row; the
 * draft's rows must be found in the document and its quoted fields in the document's words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { quoteProblems } from '../../src/lib/content/quotes.ts';
import { isUndecided } from '../../src/lib/content/undecided.ts';
import { draftList } from '../../src/lib/import/draft.ts';
import { list as listSchema } from '../../src/lib/schema/list.ts';
import { documentPart } from '../../src/lib/sources/document-part.ts';
import { locateRows } from '../../src/lib/sources/locate.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';

const { lists, catalogue } = loadContent(`${repoRoot}content`, isRegion, repoRoot);
const textOf = (id: string) => readFileSync(`${repoRoot}content/sources/${id}.txt`, 'utf8');
// 广西's 12343 is in no catalogue entry (its list's notes say why), so its draft carries one row more.
const unidentified = (n: string | null) => n === '12343';

describe.each(lists.map((l) => [l.source.id, l] as const))('%s, drafted again from its document', (id, list) => {
  const { list: draft, report } = draftList(textOf(id), { region: list.region, sourceId: id, catalogue, added: '2026-12-01' });

  it('has every row of the hand-made list, with its number and mode, in order', () => {
    const drafted = draft.lines.filter((l) => !unidentified(l.number)).map((l) => `${l.number ?? '(no number)'} ${l.mode}`);
    expect(drafted).toEqual(list.lines.map((l) => `${l.number ?? '(no number)'} ${l.mode}`));
    expect(report.rows).toBe(draft.lines.length);
  });

  it('finds every drafted row in the document, and every quoted field is in its words', () => {
    const decided = { ...draft, lines: draft.lines.filter((l) => !unidentified(l.number)) };
    // Fields left open are the editor's to write; the rest must already be the document's words.
    const filled = JSON.parse(JSON.stringify(decided), (_k, v: unknown) => (isUndecided(v) ? (_k === 'agents' || _k === 'department' ? null : _k === 'schedule' ? undefined : 'x') : v)) as unknown;
    const parsed = listSchema.parse(filled);
    const text = documentPart(textOf(id), list.source.endsBefore)!;
    expect(locateRows(text, parsed.lines).filter((l) => l === null)).toEqual([]);
    const misquotes = quoteProblems(id, { ...parsed, lines: parsed.lines.filter((l) => l.name !== 'x') }, text, () => undefined);
    expect(misquotes.map((p) => `${p.row} ${p.field}: ${p.found}`)).toEqual([]);
  });
});

describe('the importer’s report on 广西', () => {
  const guangxi = lists.find((l) => l.region === '450000')!;
  const { report } = draftList(textOf(guangxi.source.id), { region: '450000', sourceId: guangxi.source.id, catalogue, added: '2026-12-01' });

  it('says where the text breaks off, which number the catalogue lacks, and what the document never names', () => {
    expect(report.cutOff).toEqual({ line: 12, words: guangxi.source.heldInPart!.stopsAfter });
    expect(report.uncatalogued).toEqual([{ number: '12343', line: 11 }]);
    expect(report.unmentioned).toEqual(expect.arrayContaining(['12366', '12369', '12360']));
    expect(report.toCheck.filter((c) => c.what === 'agents left open').map((c) => c.line)).toEqual(Array(10).fill(12));
  });
});
