import { describe, expect, it } from 'vitest';
import { rowAnchor, rowAnchors } from '../../../src/lib/sources/anchors.ts';

const row = (section: string, n: number | null, number: string | null) => ({ section, row: n, number });

describe('rowAnchors', () => {
  it('is row-N where the document numbers its rows once through', () => {
    expect(rowAnchors([row('一', 1, '12396'), row('一', 2, '12301'), row('二', 3, '12369')])).toEqual(['row-1', 'row-2', 'row-3']);
  });

  it('names the section where numbering starts again in each', () => {
    expect(rowAnchors([row('一', 1, '12396'), row('一', 2, '12301'), row('二', 1, '12369')])).toEqual(['s1-row-1', 's1-row-2', 's2-row-1']);
  });

  it('names a row without 序号 by its section and number, or as unnumbered', () => {
    expect(rowAnchors([row('一', 1, '12396'), row('二', 5, '12329'), row('二', null, '96889'), row('三', null, null)])).toEqual(['row-1', 'row-5', 's2-96889', 's3-unnumbered']);
  });
});

describe('rowAnchor', () => {
  const rows = [row('一', 1, '12396'), row('二', 1, '12369'), row('二', null, '96889')];
  it('finds one row’s anchor by its section, 序号 and number', () => {
    expect(rowAnchor(rows, row('二', 1, '12369'))).toBe('s2-row-1');
    expect(rowAnchor(rows, row('二', null, '96889'))).toBe('s2-96889');
    expect(rowAnchor(rows, row('一', 1, '12369'))).toBeUndefined();
  });
});
