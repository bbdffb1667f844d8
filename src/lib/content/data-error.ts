/**
 * One problem in a content file, located so a data editor can find and fix it.
 * @example
 * { file: 'content/lists/350500-quanzhou.yaml', line: 40, row: 'row 12 (12369)',
 *   field: 'mode', found: '"paralel"', expected: 'one of merged, parallel, subcenter' }
 */
export interface DataProblem {
  /** Path of the file, relative to the project. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** The document row the problem sits in, e.g. "row 12 (12369)". */
  row?: string | undefined;
  /** Dotted path of the field, e.g. "schedule.deadline". */
  field?: string | undefined;
  /** What the file has. */
  found: string;
  /** What it should have, said so an editor can act. */
  expected: string;
}

/** Describes the row a path points into, e.g. "row 12 (12369)", from the raw data. */
export function rowLabel(data: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'lines' || typeof path[1] !== 'number') return undefined;
  const raw = (data as { lines?: Record<string, unknown>[] }).lines?.[path[1]];
  if (!raw) return undefined;
  const row = raw['row'] ?? '(no number)';
  const number = raw['number'];
  return `row ${String(row)}${number ? ` (${String(number)})` : ''}`;
}

/** The field inside a row (or the file), e.g. "schedule.phases[1].from". */
export function fieldLabel(path: readonly PropertyKey[]): string | undefined {
  const inRow = path[0] === 'lines' && typeof path[1] === 'number' ? path.slice(2) : path;
  const label = inRow
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i > 0 ? '.' : ''}${String(k)}`))
    .join('');
  return label || undefined;
}

/** Renders one problem as a single line: where, what was found, what is expected. */
export function formatProblem(p: DataProblem): string {
  const where = [p.file + (p.line ? `:${p.line}` : ''), p.row, p.field && `field "${p.field}"`]
    .filter(Boolean)
    .join(', ');
  return `${where}: found ${p.found}; expected ${p.expected}.`;
}

/**
 * Thrown when content/ is invalid. The message lists every problem, one per
 * line, so an editor can fix them all in one pass; nothing is built after it.
 */
export class DataError extends Error {
  readonly problems: readonly DataProblem[];

  constructor(problems: readonly DataProblem[]) {
    const n = problems.length;
    super(
      `The data in content/ has ${n} problem${n === 1 ? '' : 's'}; nothing was built.\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** Shows a value the way it appears in the file, briefly. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}
