import { describe, expect, it } from 'vitest';
import { quoteProblems } from '../../../src/lib/content/quotes.ts';
import { list } from '../../../src/lib/schema/list.ts';

const document = '测试清单\n一、整体并入\n序号\t号码\t热线主管部门\t完成时间\n1\t12369 环境保护投诉举报电话\t市生态环境局\t8 月底\n备注：取消号码。';
const row = {
  row: 1, section: '一、整体并入', number: '12369', name: '环境保护投诉举报电话', department: '市生态环境局', mode: 'merged', agents: null,
  schedule: { deadline: '2021-08-31', label: '完成时间', text: '8月底', yearAssumed: true },
};
const make = (extra: Record<string, unknown> = {}, listExtra: Record<string, unknown> = {}) =>
  list.parse({
    region: '350500',
    source: { id: 'test-list', issuer: null, title: '测试清单', documentNumber: null, date: null },
    counts: { merged: 1, parallel: 0, subcenter: 0, stated: false },
    rules: [{ label: '备注', text: '取消号码。' }],
    lines: [{ ...row, ...extra }],
    history: [{ date: '2026-11-23', kind: 'added' }],
    ...listExtra,
  });
const problems = (l: ReturnType<typeof make>) => quoteProblems('lists/test.yaml', l, document, () => 7).map((p) => `${p.field}: ${p.found}`);

describe('quoteProblems', () => {
  it('finds nothing wrong when every quoted field is in the document, labels apart from their cells', () => {
    expect(problems(make())).toEqual([]);
  });

  it('reports a department, rule or schedule label the document does not print', () => {
    expect(problems(make({ department: '市环保局' }))).toEqual(['department: "市环保局", which test-list.txt does not contain']);
    expect(problems(make({}, { rules: [{ text: '取消号码（总则）。' }] }))).toEqual(['rules.0.text: "取消号码（总则）。", which test-list.txt does not contain']);
    expect(problems(make({ schedule: { ...row.schedule, text: '完成时间 8 月底' } }))).toEqual(['schedule.text: "完成时间 8 月底", which test-list.txt does not contain']);
  });

  it('exempts a name or department only where `inferred` marks it, and only that field', () => {
    expect(problems(make({ department: '市环保局', inferred: { department: 'matched by order' } }))).toEqual([]);
    expect(problems(make({ department: '市环保局', inferred: { name: 'from the catalogue' } }))).toEqual(['department: "市环保局", which test-list.txt does not contain']);
    expect(problems(make({ department: '市环保局', inferred: { agents: 'from the heading' } }))).toEqual(['department: "市环保局", which test-list.txt does not contain']);
  });

  it('says where: the file’s line, the row, and the closest passage', () => {
    const [p] = quoteProblems('lists/test.yaml', make({ department: '市生态环保局' }), document, () => 7);
    expect(p).toMatchObject({ file: 'lists/test.yaml', line: 7, row: 'row 1 (12369)', field: 'department' });
    expect(p!.expected).toContain('the closest passage there is "市生态环境局"');
    expect(p!.expected).toContain('`inferred`');
  });
});
