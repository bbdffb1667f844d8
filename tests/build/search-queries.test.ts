import { describe, expect, it } from 'vitest';
import { loadQueries, runQueries, TARGET, TOP } from '../../scripts/search-queries.ts';
import { distDir } from '../support/dist.ts';

// The project's query set (tests/search/queries.yaml) on the built search files of every language,
// searched the way the browser searches them.
const queries = loadQueries();

describe(`the query set: the expected number in the top ${TOP}`, () => {
  it('is a real set: at least 150 queries, of every kind', () => {
    expect(queries.length).toBeGreaterThanOrEqual(150);
    expect(new Set(queries.map((q) => q.kind)).size).toBe(15);
  });

  it.each(runQueries(distDir, queries).map((run) => [run.locale, run] as const))(
    `passes ≥ ${TARGET * 100}% on the %s pages`,
    (_, run) => {
      // The misses are listed so a regression says which queries it broke.
      expect({ rate: run.hits / run.total >= TARGET, misses: run.misses }).toMatchObject({ rate: true });
    },
  );

  it('passes as well in browsers without Intl.Segmenter (old in-app browsers), on character pairs alone', () => {
    for (const run of runQueries(distDir, queries, null)) expect({ locale: run.locale, rate: run.hits / run.total >= TARGET, misses: run.misses }).toMatchObject({ rate: true });
  });
});
