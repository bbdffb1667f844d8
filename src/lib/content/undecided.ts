import { fieldLabel, rowLabel, type DataProblem } from './data-error.ts';
import type { YamlFile } from './yaml-file.ts';

/**
 * How `npm run import` marks a field it could not decide from the document: the
 * field's value is this prefix, then what the editor has to decide. A marked file
 * is refused by the build and `npm run check-data` until every marker is replaced.
 */
export const UNDECIDED = 'TO DECIDE:';

/**
 * A marker for a field the importer leaves open.
 * @example undecided('kept, managed or cancelled', 14) // 'TO DECIDE: kept, managed or cancelled (document line 14)'
 */
export function undecided(question: string, documentLine?: number): string {
  return `${UNDECIDED} ${question}${documentLine ? ` (document line ${documentLine})` : ''}`;
}

/**
 * Is this value a field left open by the importer?
 * @example isUndecided('TO DECIDE: kept or cancelled') // true
 */
export const isUndecided = (value: unknown): value is string => typeof value === 'string' && value.startsWith(UNDECIDED);

/**
 * Every marked value in parsed YAML data, with its path.
 * @example undecidedPaths({ lines: [{ agents: 'TO DECIDE: kept?' }] }) // [{ path: ['lines', 0, 'agents'], question: 'kept?' }]
 */
export function undecidedPaths(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; question: string }[] {
  if (isUndecided(data)) return [{ path, question: data.slice(UNDECIDED.length).trim() }];
  if (Array.isArray(data)) return data.flatMap((v, i) => undecidedPaths(v, [...path, i]));
  if (data !== null && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => undecidedPaths(v, [...path, k]));
  return [];
}

/**
 * One problem per field the importer left open: the file, line, row and field, and what to decide.
 * @example undecidedProblems(yaml)[0] // { file, line: 40, row: 'row 3 (12369)', field: 'agents', found: 'a field npm run import left open', expected: 'to decide: kept, managed or cancelled … (document line 14); write the value in place of the marker' }
 */
export function undecidedProblems(yaml: YamlFile): DataProblem[] {
  return undecidedPaths(yaml.data).map(({ path, question }) => ({
    file: yaml.file,
    line: yaml.lineOf(path),
    row: rowLabel(yaml.data, path),
    field: fieldLabel(path),
    found: `a field npm run import left open ("${UNDECIDED} …")`,
    expected: `your decision: ${question}; write the value in place of the marker`,
  }));
}
