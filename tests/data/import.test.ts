/**
 * The importer's report on a real document. That every document in content/sources/ drafts again
 * into its list, row for row, is the build's own check (src/lib/content/document-check.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { draftList } from '../../src/lib/import/draft.ts';
import { isRegion, repoRoot } from '../support/load-fixture.ts';

const { lists, catalogue } = loadContent(`${repoRoot}content`, isRegion, repoRoot);
const textOf = (id: string) => readFileSync(`${repoRoot}content/sources/${id}.txt`, 'utf8');
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
