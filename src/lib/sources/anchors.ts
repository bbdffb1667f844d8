import type { CitedRow } from './locate.ts';

/**
 * The anchor of each row a list cites on its document's page
 * (/sources/{id}/#row-12): stable, since a published document's rows do not move.
 *
 * - `row-{序号}` where the document numbers its rows once through (Quanzhou 1–32);
 * - `s{section}-row-{序号}` where numbering starts again in each section
 *   (Fujian, Jilin, Chaozhou; Sichuan's positions in a cell), the section being
 *   its place among the list's sections, from 1: `#s2-row-3` is row 3 of the second;
 * - `s{section}-{number}` for a row printed without 序号 (Jilin's 96889: `#s2-96889`),
 *   and `s{section}-unnumbered` for one with neither (Sichuan's self-built lines).
 *
 * @returns one anchor per row, in the rows' order
 * @example rowAnchors([{ section: '一', row: 1, … }, { section: '二', row: 2, … }]) // ['row-1', 'row-2']
 */
export function rowAnchors(rows: readonly Pick<CitedRow, 'section' | 'row' | 'number'>[]): string[] {
  const sections = [...new Set(rows.map((r) => r.section))];
  const numbered = rows.flatMap((r) => (r.row === null ? [] : [r.row]));
  const once = new Set(numbered).size === numbered.length;
  return rows.map((r) => {
    const s = `s${sections.indexOf(r.section) + 1}`;
    if (r.row === null) return `${s}-${r.number ?? 'unnumbered'}`;
    return once ? `row-${r.row}` : `${s}-row-${r.row}`;
  });
}

/**
 * The anchor of one row of a list, found by its section, 序号 and number.
 * @returns undefined when the list has no such row
 * @example rowAnchor(quanzhou.lines, { section: '一、整体并入', row: 12, number: '12369' }) // 'row-12'
 */
export function rowAnchor(rows: readonly Pick<CitedRow, 'section' | 'row' | 'number'>[], row: Pick<CitedRow, 'section' | 'row' | 'number'>): string | undefined {
  const i = rows.findIndex((r) => r.section === row.section && r.row === row.row && r.number === row.number);
  return i === -1 ? undefined : rowAnchors(rows)[i];
}
