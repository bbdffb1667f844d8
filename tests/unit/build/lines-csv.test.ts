import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { linesCsv, neutralise } from '../../../src/build/lines-csv.ts';
import { COLUMNS } from '../../../src/lib/published/lines-table.ts';
import type { Row } from '../../../src/lib/published/table-schema.ts';
import { reportsCsv } from '../../../src/build/reports-csv.ts';
import { REPORT_COLUMNS } from '../../../src/lib/published/reports-table.ts';

const row = (name: string): Row => COLUMNS.map((c) => (c.name === 'name' ? name : c.type === 'boolean' ? false : 'x'));

describe('lines.csv', () => {
  it.each(['=HYPERLINK("http://evil.example","点击")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('shows %j as text, a quote before it, never as a formula', (cell) => {
    const [, record] = parse(linesCsv([row(cell)]), { bom: true, relax_column_count: true }) as string[][];
    expect(record![COLUMNS.findIndex((c) => c.name === 'name')]).toBe(`'${cell}`);
  });

  it('leaves every other text as it is, a 12345 number and a name with = inside among them', () => {
    for (const cell of ['12345', '市 12345', '环保=热线', "'quoted", '', '96119']) expect(neutralise(cell)).toBe(cell);
    const [, record] = parse(linesCsv([row('环境保护投诉举报电话')]), { bom: true }) as string[][];
    expect(record).toContain('环境保护投诉举报电话');
    expect(record).toContain('false');
  });
});

describe('reports.csv', () => {
  it('neutralises a formula in a reported word as lines.csv does', () => {
    const cells = REPORT_COLUMNS.map((c) => (c.name === 'words' ? '=HYPERLINK("http://evil.example")' : c.type === 'boolean' ? false : 'x'));
    const [, record] = parse(reportsCsv([cells]), { bom: true }) as string[][];
    expect(record![REPORT_COLUMNS.findIndex((c) => c.name === 'words')]).toBe('\'=HYPERLINK("http://evil.example")');
  });
});
