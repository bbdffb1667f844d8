import { existsSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/astro-build.ts';
import { repoRoot } from '../support/load-fixture.ts';

describe('astro build with a broken list', () => {
  it.each([
    [
      'broken-mode',
      ['tests/fixtures/broken-mode/content/lists/350500.yaml:23, row 2 (12333), field "mode": found "paralel"; expected one of merged (整体并入), parallel (双号并行), subcenter (设分中心).'],
    ],
    [
      'broken-url',
      ['tests/fixtures/broken-url/content/lists/350500.yaml:8, field "source.url": found "javascript:alert(document.domain)"; expected a web address starting with https:// or http://, e.g. https://www.gov.cn/.'],
    ],
    [
      // Valid to the schema and the cross-checks (the counts unchanged): the gate reads the list against its document and its quotes.
      'broken-against-document',
      [
        'tests/fixtures/broken-against-document/content/lists/350500.yaml:15, row 1 (12369), field "mode": found parallel; expected merged, as tests/fixtures/broken-against-document/content/sources/test-list.txt line 7 reads',
        'tests/fixtures/broken-against-document/content/lists/350500.yaml:22, row 2 (12333), field "department": found "市人力社保局", which test-list.txt does not contain',
      ],
    ],
  ])('stops on %s with the editor’s messages and writes nothing', (fixture, messages) => {
    const outDir = `${repoRoot}.tmp/${fixture}-build`;
    rmSync(outDir, { recursive: true, force: true });
    const { status, output } = astroBuild(outDir, { CONTENT_DIR: `tests/fixtures/${fixture}/content` });
    expect(status).not.toBe(0);
    for (const message of messages) expect(output).toContain(message);
    expect(existsSync(outDir)).toBe(false);
  });

  it('stops on a BUILD_DATE that is not a real day, naming it, and writes nothing', () => {
    const outDir = `${repoRoot}.tmp/broken-build-date`;
    rmSync(outDir, { recursive: true, force: true });
    const { status, output } = astroBuild(outDir, { CONTENT_DIR: 'tests/fixtures/valid/content', BUILD_DATE: '2024-04-31' });
    expect(status).not.toBe(0);
    expect(output).toContain('BUILD_DATE: found "2024-04-31"; expected a real date written YYYY-MM-DD, e.g. 2026-11-28');
    expect(existsSync(outDir)).toBe(false);
  });
});
