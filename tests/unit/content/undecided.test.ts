import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/lib/content/yaml-file.ts';
import { parseWith } from '../../../src/lib/content/zod-problems.ts';
import { undecided, undecidedPaths } from '../../../src/lib/content/undecided.ts';
import { list } from '../../../src/lib/schema/list.ts';

const draft = (line: string) => `region: "450000"
source: { id: gx, issuer: null, title: 方案, documentNumber: null, date: null }
counts: { merged: 1, parallel: 0, subcenter: 0, stated: false }
lines:
  - row: 1
    section: (一)整体并入
    number: 12300
    name: 电信申诉
    department: null
    mode: merged
${line}
history: [{ date: 2026-12-01, kind: added }]
`;

describe('fields npm run import leaves to decide', () => {
  it('finds every marker in parsed data, however deep', () => {
    expect(undecidedPaths({ a: [{ b: undecided('kept or cancelled', 12) }], c: 'TO DECIDE:x' })).toEqual([
      { path: ['a', 0, 'b'], question: 'kept or cancelled (document line 12)' },
      { path: ['c'], question: 'x' },
    ]);
  });

  it('refuses a marked field with the file, line, row, field and what to decide, instead of its schema message', () => {
    const { yaml } = parseYaml('content/lists/450000-guangxi.yaml', draft(`    agents: "${undecided('agents: kept, managed or cancelled, or null where the document does not say', 12)}"`));
    const { data, problems } = parseWith(list, yaml!);
    expect(data).toBeUndefined();
    expect(problems).toEqual([
      {
        file: 'content/lists/450000-guangxi.yaml',
        line: 11,
        row: 'row 1 (12300)',
        field: 'agents',
        found: 'a field npm run import left open ("TO DECIDE: …")',
        expected: 'your decision: agents: kept, managed or cancelled, or null where the document does not say (document line 12); write the value in place of the marker',
      },
    ]);
  });

  it('refuses a marker even where the schema would take the text (a name), and passes the field once decided', () => {
    const marked = parseYaml('x.yaml', draft(`    agents: null\n    answeredBy: "${undecided('who answers')}"`)).yaml!;
    expect(parseWith(list, marked).problems.map((p) => p.field)).toEqual(['answeredBy']);
    expect(parseWith(list, parseYaml('x.yaml', draft('    agents: managed')).yaml!).problems).toEqual([]);
  });
});
