import { describe, expect, it } from 'vitest';
import { draftList } from '../../../src/lib/import/draft.ts';

const catalogue = [
  { number: '12396', name: '全国统一科技公益服务电话', scope: 'national' as const },
  { number: '12369', name: '环境保护投诉举报电话', scope: 'national' as const },
  { number: '12366', name: '全国税务系统统一电话', scope: 'national' as const },
  { number: '12315', name: '12315市场监管投诉举报热线', scope: 'national' as const },
];
const draft = (text: string) => draftList(text, { region: '350500', sourceId: 'test', catalogue, added: '2026-12-01' });
const modes = (text: string) => draft(text).list.lines.map((l) => `${l.number ?? '-'} ${l.mode}`);

describe('draftList reads the layouts lists use', () => {
  it('a heading that names the mode, with a table under it', () => {
    const { list, report } = draft('一、整体并入\n序号\t号码\t责任单位\t归并方式\n1\t12396 科技公益服务\t市科技局\t取消号码和话务座席。\n\n三、设分中心\n序号\t号码\t责任单位\n1\t12366\t市税务局');
    expect(list.lines).toEqual([
      { row: 1, section: '一、整体并入', number: '12396', name: '科技公益服务', department: '市科技局', mode: 'merged', agents: 'cancelled', remarks: ['取消号码和话务座席。'] },
      expect.objectContaining({ row: 1, section: '三、设分中心', number: '12366', name: '全国税务系统统一电话', inferred: { name: expect.stringContaining('catalogue') } }),
    ]);
    expect(list.counts).toEqual({ merged: 1, parallel: 0, subcenter: 1, stated: false });
    expect(report.unmentioned).toEqual(['12369', '12315']);
  });

  it('tick columns, on one head line or two', () => {
    expect(modes('清单\n序号\t号码\t整体并入\t双号并行\t设分中心\n1\t12396\t✓\t\t\n2\t12369\t\t√\t')).toEqual(['12396 merged', '12369 parallel']);
    expect(modes('序号\t号码\t整合方式\t\t\t完成时间\n\t\t整体并入\t双号并行\t设分中心\t\n国家热线\t\t\t\t\t\n1\t12366\t\t\t✓\t8 月底')).toEqual(['12366 subcenter']);
    expect(draft('序号\t号码\t整合方式\t\t\t完成时间\n\t\t整体并入\t双号并行\t设分中心\t\n国家热线\t\t\t\t\t\n1\t12366\t\t\t✓\t8 月底').list.lines[0]).toMatchObject({ section: '国家热线', schedule: { deadline: '2021-08-31', label: '完成时间', text: '8 月底', yearAssumed: true } });
  });

  it('a head printed over two lines in either order (a PDF’s head row set without padding)', () => {
    expect(modes('\t\t整合方式整体并入\t双号并行\t设分中心\t完成时间\n序号\t号码\t\t\t\t\n1\t12396\t✓\t\t\t8 月底\n2\t12369\t\t√\t\t10 月底')).toEqual(['12396 merged', '12369 parallel']);
    // The modes' names wrapped in narrow columns, 整体 over 并入: the two lines make the head's second line.
    expect(modes('序号\t号码\t整合方式\t\t完成时间\n\t\t整体\t双号\t\n\t\t并入\t并行\t\n1\t12396\t\t√\t8 月底')).toEqual(['12396 parallel']);
    // A head line further down is another table's head, not a second line of the first.
    expect(modes('序号\t号码\t整体并入\t双号并行\n1\t12396\t✓\t\n序号\t热线号码\n2\t12369')).toEqual(['12396 merged', expect.stringMatching(/^12369 TO DECIDE/u)]);
  });

  it('a 序号 alone on a table’s line (its row’s cells set elsewhere) names no part: the rows after it keep their heading’s mode', () => {
    expect(modes('一、整体并入\n序号\t号码\t责任单位\n1\t12396\t市科技局\n2\t\t\n3\t12369\t市生态环境局')).toEqual(['12396 merged', '12369 merged']);
    // A part's own words still open a part of the table.
    expect(modes('一、整体并入\n序号\t号码\t责任单位\n1\t12396\t市科技局\n自建热线\t\t\n2\t12369\t市生态环境局')).toEqual(['12396 merged', expect.stringMatching(/^12369 TO DECIDE/u)]);
  });

  it('a column that states the mode in words', () => {
    expect(modes('一、清单\n序号\t号码\t整合方式\n1\t12396\t整体并入\n2\t12366\t设分中心')).toEqual(['12396 merged', '12366 subcenter']);
  });

  it('one cell listing several lines: each a row by its place, the shared 责任单位 left to decide', () => {
    const { list } = draft('二、双号并行（保留号码，将话务座席并入 12345 热线统一管理）\n整合归并的热线\t进度安排\t责任单位\n<p>国家部委的热线：</p> <p>12369 环境保护投诉举报电话</p> <p>12315 12315 市场监管投诉举报热线</p>\t5月1日至5月31日\t生态环境厅、市场监管局');
    expect(list.lines.map((l) => [l.row, l.number, l.name, l.mode, l.agents])).toEqual([
      [1, '12369', '环境保护投诉举报电话', 'parallel', 'managed'],
      [2, '12315', '12315 市场监管投诉举报热线', 'parallel', 'managed'],
    ]);
    expect(list.lines[0]!.inferred).toEqual({ agents: "what the section's heading says of every line in it" });
    expect(list.lines[0]!.department).toMatch(/^TO DECIDE: the 责任单位 cell "生态环境厅、市场监管局" serves 2 lines: write the unit for 12369 .*\(document line 3\)$/);
  });

  it('sentences that enumerate numbers, each a row by its place, and a text that breaks off', () => {
    const { list, report } = draft('(一)整体并入。取消12396、12369共2条热线号码,将话务座席统一归并到市级12345热线。(完成时间:2021年8月底前)\n(二)双号并行。保留12315、123');
    expect(list.lines.map((l) => [l.row, l.section, l.number, l.mode, l.agents])).toEqual([
      [1, '(一)整体并入', '12396', 'merged', 'managed'],
      [2, '(一)整体并入', '12369', 'merged', 'managed'],
      [1, '(二)双号并行', '12315', 'parallel', 'TO DECIDE: agents: kept, managed or cancelled, or null where the document does not say (document line 2)'],
    ]);
    expect(list.lines[0]!.schedule).toEqual({ deadline: '2021-08-31', text: '2021年8月底前', label: '完成时间', yearAssumed: false });
    expect(report.cutOff).toEqual({ line: 2, words: '保留12315、123' });
    expect(report.toCheck).toEqual([{ line: 2, row: 'row 1 (12315)', what: 'agents left open' }]);
  });
});

describe('draftList never guesses', () => {
  it('leaves a mode open where a row’s cells do not stand under its head’s (columns laid out apart)', () => {
    // The row lost its empty tick cells: its ✓ stands third, where the head's 整体并入 is, and its deadline in a tick column.
    const [line] = draft('序号\t号码\t整体并入\t双号并行\t设分中心\t完成时间\n1\t12369\t✓\t10 月底').list.lines;
    expect(line!.mode).toMatch(/^TO DECIDE: .*4 cells where the head has 6, its tick columns hold "✓ \| 10 月底 \| "/u);
    // A row that only ends early (its last empty cells not written) reads as before.
    expect(modes('序号\t号码\t整体并入\t双号并行\t设分中心\n1\t12369\t\t√')).toEqual(['12369 parallel']);
  });

  it('leaves a mode open where the row and its heading disagree, or nothing names one', () => {
    const [disagree, none] = draft('一、整体并入\n序号\t号码\t归并方式\n1\t12396\t双号并行\n\n二、其他热线\n序号\t号码\t责任单位\n1\t12369\t市环境局').list.lines;
    expect(disagree!.mode).toBe('TO DECIDE: merged (整体并入), parallel (双号并行) or subcenter (设分中心): its 归并方式 column says "双号并行"; its heading "一、整体并入" says merged (document line 3)');
    expect(none!.mode).toMatch(/^TO DECIDE: .*the row names no mode and stands under no mode's heading \(document line 7\)$/);
    expect(none!.section).toMatch(/^TO DECIDE: the heading of the part/);
  });

  it('reports a number the catalogue lacks, a row without a number, a number met twice, and a schedule it cannot read', () => {
    const { list, report } = draft('一、整体并入\n序号\t号码\t名称\t完成时间\n1\t12343\t\t尽快\n2\t/\t其他自设热线\t\n3\t12343\t\t');
    expect(list.lines.map((l) => [l.number, l.name])).toEqual([
      ['12343', 'TO DECIDE: the line’s name: the document prints none and the catalogue does not know the number (document line 3)'],
      [null, '其他自设热线'],
    ]);
    expect(list.lines[0]!.schedule).toMatch(/^TO DECIDE: the schedule: the cell says "尽快"/);
    expect(report.uncatalogued).toEqual([{ number: '12343', line: 3 }]);
    expect(report.toCheck.map((c) => `${c.line} ${c.row}: ${c.what}`)).toEqual([
      '3 row 1 (12343): name left open',
      '3 row 1 (12343): agents left open',
      '3 row 1 (12343): schedule left open',
      '4 row 2: a row without a number: keep it only if it is a line of the list',
      '4 row 2: agents left open',
      '5 row 3 (12343): 12343 is already drafted from line 3: this mention is left out',
    ]);
  });

  it('a table without its head row, or its rows as paragraphs: a numbered line under a mode’s heading, name and department left to decide', () => {
    for (const text of ['一、整体并入\n1\t12396\t市科技局\t取消号码。\n二、双号并行\n1\t12369\t市生态环境局', '一、整体并入\n1 12396 市科技局 取消号码。\n二、双号并行\n1 环境保护投诉举报电话 12369 市生态环境局']) {
      const { list, report } = draft(text);
      expect(list.lines.map((l) => `${l.row} ${l.number} ${l.mode}`)).toEqual(['1 12396 merged', '1 12369 parallel']);
      expect(list.lines[0]!.department).toMatch(/^TO DECIDE: .*without its table's head/u);
      expect(report.read[0]!.how).toContain('without a table head');
    }
    // A number in brackets right after the row's own is another number of the line.
    expect(draft('二、双号并行\n13 医疗保障服务热线 12393 (96618) 省医保局').list.lines[0]).toMatchObject({ row: 13, number: '12393', aliases: ['96618'], mode: 'parallel' });
    // A table's line with no 序号 (a row printed under another without one): its one cell that is a number alone.
    expect(draft('二、双号并行\n5\t全国统一住房公积金热线服务电话\t12329\t长春市\n\t长春省直住房公积金管理分中心\t96889\t省管局').list.lines.map((l) => `${l.row} ${l.number} ${l.mode}`)).toEqual(['5 12329 parallel', 'null 96889 parallel']);
    expect(draft('二、双号并行\n\t设专家座席\t12345\t已并入').report.rows).toBe(0);
    // Not under a mode's heading, or not a numbered line: no row.
    expect(draft('一、工作目标\n1 12396 市科技局').report.rows).toBe(0);
    expect(draft('一、整体并入\n各地 12396 热线取消号码。').list.lines).toEqual([]);
  });

  it('a 序号 printed close to its row’s text still numbers it; a date does not', () => {
    expect(draft('一、整体并入\n7人口和计划生育咨询电话 12396 省卫生健康委 已整合到12369').list.lines.map((l) => `${l.row} ${l.number} ${l.mode}`)).toEqual(['7 12396 merged']);
    expect(draft('一、整体并入\n8月1日 12396 热线停止服务').report.rows).toBe(0);
  });

  it('a line listing numbers with their names under a mode’s heading, read without its table’s head (四川’s cell as a paragraph)', () => {
    const { list, report } = draft('二、双号并行（保留号码，将话务座席并入 12345 热线统一管理）\n国家部委设立的热线： 12369 环境保护投诉举报电话 12315 12315 市场监管投诉举报热线 9月30日前完成对接');
    expect(list.lines.map((l) => [l.row, l.number, l.name.replace(/ \(document line \d+\)$/u, ''), l.mode])).toEqual([
      [1, '12369', '环境保护投诉举报电话', 'parallel'],
      [2, '12315', expect.stringMatching(/^TO DECIDE: the line’s name: the line was read without its table's head/u), 'parallel'],
    ]);
    expect(list.lines[0]!.department).toMatch(/^TO DECIDE: the 责任单位/u);
    expect(report.read[0]!.how).toContain('listing numbers with their names');
    // A numbered row's remark naming another line, prose, or a list under no mode's heading: no rows from it.
    expect(draft('一、整体并入\n人口计生咨询 12396 省卫生健康委 已整合到12369').report.rows).toBe(0);
    expect(draft('一、整体并入\n请拨打 12396 或 12369 咨询。').report.rows).toBe(0);
    expect(draft('一、工作目标\n热线： 12369 环境保护投诉举报电话 12315 市场监管投诉举报热线').report.rows).toBe(0);
  });

  it('finds no rows in prose that merely mentions numbers', () => {
    expect(draft('请拨打12345或12369咨询。\n一、工作目标\n2021年底前完成。').report.rows).toBe(0);
  });
});
