import type { z } from 'zod';
import type { mode as modeSchema } from '../schema/fields.ts';
import { MODE_WORDS } from './wording.ts';

type Mode = z.output<typeof modeSchema>;

/** What a table's column holds. `tick`: a mode's column, ticked (✓ √) on the rows of that mode. */
export type Role = 'serial' | 'number' | 'name' | 'lines' | 'department' | 'modeWords' | 'answeredBy' | 'schedule' | 'remarks' | 'tick';

export interface Column {
  role: Role;
  /** The heading as printed: a schedule's `label` (完成时间). */
  label: string;
  /** For a tick column, its mode. */
  mode?: Mode;
}

/** A table's head: each recognised column by its index. */
export type Head = Map<number, Column>;

const HEADINGS: readonly [RegExp, Role][] = [
  [/^序号$/u, 'serial'],
  [/^(?:热线)?号码$|^电话号码$|^热线电话$/u, 'number'],
  [/^(?:热线)?名称$/u, 'name'],
  [/^(?:整合归并的|归并的)?热线$/u, 'lines'],
  [/^(?:责任单位|热线主管部门|主管部门|责任部门|牵头单位)$/u, 'department'],
  [/^(?:整合方式|归并方式|整合归并方式)$/u, 'modeWords'],
  [/^(?:归并落地方式|落地方式)$/u, 'answeredBy'],
  [/^(?:完成时间|归并时间|进度安排|时间安排|完成时限)$/u, 'schedule'],
  [/^备注$/u, 'remarks'],
];

const flat = (cell: string) => cell.replace(/<\/?p>|\s+/gu, '');

/** A group's heading over the modes' tick columns (整合方式), as a print may join it to the mode's name under it: "整合方式整体并入". */
const GROUP = /^(?:整合方式|归并方式|整合归并方式)/u;

function columnOf(cell: string): Column | null {
  const word = flat(cell);
  const mode = MODE_WORDS.find(([w]) => w === word || w === word.replace(GROUP, ''))?.[1];
  if (mode) return { role: 'tick', label: cell.trim(), mode };
  const role = HEADINGS.find(([re]) => re.test(word))?.[1];
  return role ? { role, label: cell.trim() } : null;
}

/**
 * A table's head, when a line is one: two or more cells that name what a list's columns hold
 * (序号, 号码, 责任单位, 归并方式, 完成时间, 备注…, or the modes' own tick columns), and no number.
 * @example tableHead(['序号', '号码', '责任单位', '归并方式'])?.get(1) // { role: 'number', label: '号码' }
 */
export function tableHead(cells: readonly string[]): Head | null {
  if (cells.some((c) => /(?<!\d)\d{5,}(?!\d)/u.test(c))) return null;
  const head: Head = new Map();
  cells.forEach((c, i) => {
    const column = columnOf(c);
    if (column) head.set(i, column);
  });
  return head.size >= 2 ? head : null;
}

/**
 * A head printed on two lines (潮州: 整合方式 over its three tick columns): the second line's
 * tick columns replace what the first said of those places.
 * @returns null unless the line holds the modes' names and nothing else
 * @example subHead(tableHead(['序号', '号码', '整合方式', '', ''])!, ['', '', '整体并入', '双号并行', '设分中心'])?.get(3) // { role: 'tick', label: '双号并行', mode: 'parallel' }
 */
export function subHead(head: Head, cells: readonly string[]): Head | null {
  const columns = cells.map(columnOf);
  const ticks = columns.flatMap((column, i) => (column?.role === 'tick' ? [[i, column] as const] : []));
  // Only the modes' names, nothing else in the line: a data row's cells never are.
  const only = cells.every((c, i) => flat(c) === '' || columns[i]?.role === 'tick');
  if (ticks.length === 0 || !only) return null;
  const merged: Head = new Map(head);
  for (const [i, column] of ticks) merged.set(i, column);
  return merged;
}

/**
 * A cell that ticks its column: ✓ √ ✔ ☑ (or a ✓ written as the letter v/V).
 * @example isTicked(' √ ') // true
 */
export const isTicked = (cell: string) => /^[✓√✔☑vV]$/u.test(flat(cell));

/**
 * A head printed over two lines whose cells the print set on either line (a PDF's head row set without padding, its
 * cells centred: 序号 and 备注 on one line, 整合方式 over 整体并入 on the other): each place's column from the line
 * that names it, a mode's tick column over the group heading above it.
 * @returns null unless `cells` is a head itself and no place is named otherwise on the two lines
 * @example joinedHead(tableHead(['', '', '整合方式整体并入', '双号并行', '完成时间'])!, ['序号', '号码', '', '', ''])?.get(2) // { role: 'tick', label: '整合方式整体并入', mode: 'merged' }
 */
export function joinedHead(above: Head, cells: readonly string[]): Head | null {
  const line = tableHead(cells);
  if (!line) return null;
  const joined: Head = new Map(above);
  for (const [i, column] of line) {
    const there = joined.get(i);
    if (!there || (there.role === 'modeWords' && column.role === 'tick')) joined.set(i, column);
    else if (!(there.role === 'tick' && column.role === 'modeWords') && there.role !== column.role) return null;
  }
  return joined;
}
