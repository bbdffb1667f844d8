import { describe, expect, it } from 'vitest';
import { quoteProblems, quotedFields } from '../../../src/lib/content/quotes.ts';
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

// A list with every field the schema calls the document's words filled in, each found in its document.
// Each case misquotes one field: the check must refuse it, naming that field. Dropping a field from
// quotedFields (src/lib/content/quotes.ts) lets its misquote through, and its case fails.
const full = {
  document: [
    '测试市人民政府办公室文件',
    '测政办〔2021〕1号',
    '测试市人民政府办公室关于印发测试市热线归并方案的通知',
    '本次整体并入的1条。',
    '一、整体并入',
    '序号\t号码\t热线主管部门\t归并落地方式\t完成时间\t备注',
    '1\t12369 环境保护投诉举报电话\t市生态环境局\t市级12345\t6月1日至9月30日双号并行，10月1日起取消号码\t须设专家座席。甲县保留号码至年底。',
    '备注：各部门按时完成。',
  ].join('\n'),
  list: list.parse({
    region: '350500',
    source: { id: 'test-list', issuer: '测试市人民政府办公室', title: '测试市人民政府办公室关于印发测试市热线归并方案的通知', documentNumber: '测政办〔2021〕1号', date: null },
    counts: { merged: 1, parallel: 0, subcenter: 0, stated: true, quotes: ['整体并入的1条'] },
    rules: [{ label: '备注', text: '各部门按时完成。' }],
    lines: [
      {
        row: 1, section: '一、整体并入', number: '12369', name: '环境保护投诉举报电话', department: '市生态环境局', mode: 'merged', agents: null,
        answeredBy: '市级12345',
        schedule: {
          label: '完成时间', text: '6月1日至9月30日双号并行，10月1日起取消号码', yearAssumed: true,
          phases: [
            { from: '2021-06-01', to: '2021-09-30', dialable: true, text: '6月1日至9月30日双号并行' },
            { from: '2021-10-01', dialable: false, text: '10月1日起取消号码' },
          ],
        },
        remarks: ['须设专家座席。'],
        exceptions: [{ region: '350581', text: '甲县保留号码至年底。' }],
      },
    ],
    history: [{ date: '2026-11-23', kind: 'added' }],
  }),
};

/** Each quoted field of the full list: what it is, its path in the list, and the field the check names. */
const QUOTED: [what: string, path: (string | number)[], field: string][] = [
  ['the source’s title', ['source', 'title'], 'source.title'],
  ['the source’s issuer', ['source', 'issuer'], 'source.issuer'],
  ['the source’s 文号', ['source', 'documentNumber'], 'source.documentNumber'],
  ['the counts’ quote', ['counts', 'quotes', 0], 'counts.quotes.0'],
  ['a rule’s label', ['rules', 0, 'label'], 'rules.0.label'],
  ['a rule’s text', ['rules', 0, 'text'], 'rules.0.text'],
  ['a row’s section', ['lines', 0, 'section'], 'section'],
  ['a row’s name', ['lines', 0, 'name'], 'name'],
  ['a row’s department', ['lines', 0, 'department'], 'department'],
  ['a row’s answeredBy', ['lines', 0, 'answeredBy'], 'answeredBy'],
  ['a schedule’s label', ['lines', 0, 'schedule', 'label'], 'schedule.label'],
  ['a schedule’s text', ['lines', 0, 'schedule', 'text'], 'schedule.text'],
  ['a phase’s text', ['lines', 0, 'schedule', 'phases', 1, 'text'], 'schedule.phases.1.text'],
  ['a remark', ['lines', 0, 'remarks', 0], 'remarks.0'],
  ['an exception’s text', ['lines', 0, 'exceptions', 0, 'text'], 'exceptions.0.text'],
];

/** The list with the field at `path` changed to words its document does not have. */
function misquoted(path: (string | number)[]) {
  const changed = structuredClone(full.list) as unknown as Record<string | number, unknown>;
  const parent = path.slice(0, -1).reduce((at, key) => at[key] as Record<string | number, unknown>, changed);
  parent[path.at(-1)!] = `${String(parent[path.at(-1)!])}（改）`;
  return changed as unknown as typeof full.list;
}

describe('every field the schema calls the document’s words is checked', () => {
  const fieldsOf = (l: typeof full.list) => quoteProblems('lists/test.yaml', l, full.document, () => 7).map((p) => p.field);

  it('the full list quotes its document in every field, and the cases below cover each field quotedFields gives', () => {
    expect(fieldsOf(full.list)).toEqual([]);
    const given = quotedFields(full.list).map((f) => f.path.slice(f.row ? 2 : 0).join('.'));
    expect(given.sort()).toEqual([...QUOTED.map(([, , field]) => field), 'schedule.phases.0.text'].sort());
  });

  it.each(QUOTED)('refuses a misquote of %s, naming the field', (what, path, field) => {
    expect(fieldsOf(misquoted(path)), `${what} misquoted was accepted as the document's words`).toEqual([field]);
  });
});
