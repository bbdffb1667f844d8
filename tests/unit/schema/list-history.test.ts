import { describe, expect, it } from 'vitest';
import { list } from '../../../src/lib/schema/list.ts';
import { parseWith } from '../../../src/lib/content/zod-problems.ts';
import { parseYaml } from '../../../src/lib/content/yaml-file.ts';
import { formatProblem } from '../../../src/lib/content/data-error.ts';

const file = (history: string) =>
  [
    'region: "350500"',
    'source: { id: test-list, issuer: null, title: 测试清单, documentNumber: null, date: null }',
    'counts: { merged: 1, parallel: 0, subcenter: 0, stated: false }',
    'lines:',
    '  - { row: 1, section: 一, number: 12369, name: 环保, department: null, mode: merged, agents: null }',
    history,
  ].join('\n');
const problems = (history: string) => {
  const parsed = parseYaml('content/lists/350500.yaml', file(history));
  return parseWith(list, parsed.yaml!).problems.map(formatProblem);
};

describe("a list's record on the site", () => {
  it('is read: added first, corrections after it, each with its note in our words', () => {
    const parsed = parseYaml('x.yaml', file('history: [{ date: 2026-11-23, kind: added }, { date: 2026-11-28, kind: corrected, note: { zh: 改正, en: Fixed } }]'));
    expect(parseWith(list, parsed.yaml!).data?.history).toEqual([
      { date: '2026-11-23', kind: 'added' },
      { date: '2026-11-28', kind: 'corrected', note: { zh: '改正', en: 'Fixed' } },
    ]);
  });

  it('is required, and a file without it is told what to write and where to find the day', () => {
    expect(problems('')).toEqual([
      'content/lists/350500.yaml:1, field "history": found nothing; expected the day the list was added to the site, e.g. history: [{ date: 2026-11-23, kind: added }] (`git log --diff-filter=A --date=short -- <this file>` shows the day; today for a new list).',
    ]);
    expect(problems('history: []')).toHaveLength(1);
  });

  it('refuses a correction before the list was added, a second `added`, a correction without a note and a date out of order', () => {
    expect(problems('history: [{ date: 2026-11-28, kind: corrected, note: { zh: 改, en: fix } }]')).toEqual([
      'content/lists/350500.yaml:6, field "history": found ["corrected"]; expected one `added` record, the first; every later one `corrected`.',
    ]);
    expect(problems('history: [{ date: 2026-11-23, kind: added }, { date: 2026-11-24, kind: added }]')[0]).toContain('one `added` record, the first');
    expect(problems('history: [{ date: 2026-11-23, kind: added }, { date: 2026-11-28, kind: corrected }]')).toEqual([
      'content/lists/350500.yaml:6, field "history[1].note": found nothing; expected what was corrected, in our words: note: { zh: …, en: … }.',
    ]);
    expect(problems('history: [{ date: 2026-11-23, kind: added }, { date: 2026-11-20, kind: corrected, note: { zh: 改, en: fix } }]')).toEqual([
      'content/lists/350500.yaml:6, field "history[1].date": found "2026-11-20"; expected a day after 2026-11-23 (records oldest first, one of each kind a day).',
    ]);
  });
});
