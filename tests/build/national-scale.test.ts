import { readFileSync, rmSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeNationalContent } from '../../scripts/national-content.ts';
import { checkBudgets, precache } from '../../scripts/budgets.ts';
import { astroBuild } from '../../scripts/astro-build.ts';
import { repoRoot } from '../support/load-fixture.ts';

// Every prefecture with a list (generated, never published), built for real.
const dir = `${repoRoot}.tmp/national-scale/`;
const dist = `${dir}dist/`;
let written: ReturnType<typeof writeNationalContent>;

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  written = writeNationalContent(`${dir}content`);
  const build = astroBuild(dist, { CONTENT_DIR: `${dir}content` });
  expect(build.status, build.output).toBe(0);
}, 600_000);

describe('at national scale', () => {
  it('gives every prefecture and municipality a list', () => {
    expect(written.lists).toBeGreaterThan(290);
    const regions = JSON.parse(readFileSync(`${dist}api/v1/regions.json`, 'utf8')) as { code: string; level: string; parent: string | null; list: string }[];
    const parents = new Set(regions.map((r) => r.parent));
    const none = regions.filter((r) => r.list === 'none' && (r.level === 'city' || !parents.has(r.code)));
    expect(none.map((r) => r.code)).toEqual([]);
  });

  it('keeps every size budget', () => {
    const report = checkBudgets(dist);
    expect(report.broken).toEqual([]);
    expect(report.answerPages).toBeGreaterThan(10_000);
  });

  it('a region page loads only its own region’s search data, and the precache holds no region', () => {
    for (const code of ['130100', '440100', '650100']) {
      const html = readFileSync(`${dist}${code}/index.html`, 'utf8');
      expect([...html.matchAll(/search\/([\w]+)\.json/g)].map((m) => m[1])).toEqual([code]);
    }
    expect(precache(dist).files.filter((f) => /\d{6}/.test(f))).toEqual([]);
  });
});
