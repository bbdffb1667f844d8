import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../../../src/lib/content/documents.ts';
import { DataError } from '../../../src/lib/content/data-error.ts';
import { loadFixture, repoRoot } from '../../support/load-fixture.ts';

const load = (scenario: string) => loadDocuments(`${repoRoot}tests/fixtures/${scenario}/content`, loadFixture(scenario).lists, repoRoot);

describe('loadDocuments', () => {
  it('reads each list’s document from sources/{source.id}.txt', () => {
    const documents = load('valid');
    expect([...documents.keys()]).toEqual(['test-list']);
    expect(documents.get('test-list')).toContain('1\t12369 环境保护投诉举报电话');
  });

  it('stops the build when a document is missing, ends nowhere, or lacks a cited row', () => {
    let message = '';
    try {
      load('broken-document');
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      message = error.message;
    }
    expect(message).toMatchInlineSnapshot(`
      "The data in content/ has 3 problems; nothing was built.
        - tests/fixtures/broken-document/content/sources/cut-list.txt, field "source.endsBefore": found no "8月1日 这几个字不在原文里" in the text; expected the 350100 list's source.endsBefore to quote the first words after the document as the file has them.
        - tests/fixtures/broken-document/content/sources/no-text-list.txt: found no such file; expected the text of "没有存放原文的清单", which the 350200 list cites as source.id no-text-list, copied byte for byte.
        - tests/fixtures/broken-document/content/sources/test-list.txt, row 2 (12333): found no line for it under the heading "二、双号并行"; expected the 350500 list's row as the document prints it: a line starting with its section, then a table line starting with its 序号 and a tab, holding its number (or a cell listing several lines, each by number): correct the list or the text."
    `);
  });
});

describe('loadDocuments, for a text held in part', () => {
  const dir = mkdtempSync(join(tmpdir(), 'held-'));
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources', 'held.txt'), '（一）整体并入。取消12300、12301共2条\n（二）双号并行。保留12315、123\n');
  const [valid] = loadFixture('valid').lists;
  const heldList = (stopsAfter: string) => ({
    ...valid!,
    source: { ...valid!.source, id: 'held', heldInPart: { stopsAfter, why: { zh: '转载中断', en: 'the repost breaks off' } } },
    lines: [{ ...valid!.lines[0]!, section: '（一）整体并入', row: 2, number: '12301' }],
  });
  const problemsOf = (stopsAfter: string) => {
    try {
      loadDocuments(dir, [heldList(stopsAfter)], dir);
      return '';
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      return error.message;
    }
  };

  it('finds a row one of a sentence’s enumerated numbers, and accepts the words the text ends with', () => {
    expect(problemsOf('保留12315、123')).toBe('');
  });

  it('refuses stopsAfter words that are not where the text ends, saying how it does end', () => {
    expect(problemsOf('取消12300、12301')).toContain('field "source.heldInPart.stopsAfter": found "取消12300、12301", which is in the text but not at its end; expected the 350500 list\'s last words of the text we hold, as the file ends: "…行。保留12315、123"');
    expect(problemsOf('保留12316')).toContain('which is not in the text');
  });
});
