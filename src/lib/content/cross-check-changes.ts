import type { Hotline } from '../schema/catalogue.ts';
import type { Change, Review } from '../schema/change.ts';
import type { DataProblem } from './data-error.ts';

/** A validated change with the file it came from. */
export interface ChangeFile {
  file: string;
  change: Change;
  /** The file's name without `.yaml`, which must be the change's id. */
  name: string;
}

/** The validated review with the file it came from and where each finding sits. */
export interface ReviewFile {
  file: string;
  review: Review;
  lineOfFinding: (index: number) => number | undefined;
}

/**
 * Checks the national changes and their review against each other and the catalogue:
 * every catalogue number reviewed once, every change reviewed, numbers and provinces known,
 * one change per number, a file named by its id.
 * @param isProvince tells whether a code is a GB/T 2260 province.
 * @param invalid the names of change files that failed their schema: already reported, so not reported again as missing.
 */
export function crossCheckChanges(
  catalogue: readonly Hotline[],
  changes: readonly ChangeFile[],
  reviewFile: ReviewFile,
  isProvince: (code: string) => boolean,
  invalid: ReadonlySet<string> = new Set(),
): DataProblem[] {
  const problems: DataProblem[] = [];
  const known = new Set(catalogue.map((h) => h.number));
  const changeOf = new Map<string, ChangeFile>();
  const byId = new Map(changes.map((c) => [c.change.id, c]));

  for (const c of changes) {
    const { file, change } = c;
    if (c.name !== change.id) problems.push({ file, line: 1, field: 'id', found: `"${change.id}"`, expected: `the file's name, "${c.name}" (or rename the file ${change.id}.yaml)` });
    for (const n of change.numbers) {
      if (!known.has(n)) problems.push({ file, field: 'numbers', found: n, expected: 'a number described in content/catalogue.yaml: add it there first' });
      const other = changeOf.get(n);
      if (other) problems.push({ file, field: 'numbers', found: `${n}, also changed by ${other.file}`, expected: 'one change file per number: describe its later steps in the same file' });
      changeOf.set(n, c);
    }
    if (change.scope !== 'nationwide') {
      change.scope.forEach((code, k) => {
        if (!isProvince(code)) problems.push({ file, field: `scope[${k}]`, found: `"${code}"`, expected: 'a province code from the GB/T 2260 dataset, e.g. 440000' });
      });
    }
  }

  const { file, review, lineOfFinding } = reviewFile;
  const reviewed = new Map<string, number>();
  review.numbers.forEach((f, i) => {
    const at = { file, line: lineOfFinding(i), row: `number ${f.number}` };
    if (reviewed.has(f.number)) problems.push({ ...at, field: 'number', found: `${f.number} twice`, expected: 'one finding per number' });
    reviewed.set(f.number, i);
    if (!known.has(f.number)) problems.push({ ...at, field: 'number', found: f.number, expected: 'a number described in content/catalogue.yaml' });
    if (f.searched > review.reviewed) problems.push({ ...at, field: 'searched', found: f.searched, expected: `a day on or before reviewed (${review.reviewed})` });
    const changed = changeOf.get(f.number);
    const listed = f.change !== undefined && (invalid.has(f.change) || byId.get(f.change)?.change.numbers.includes(f.number));
    if (f.finding === 'changed' && !listed) {
      problems.push({ ...at, field: 'change', found: `"${f.change}"`, expected: `the id of a file in content/changes/ that lists ${f.number}` });
    }
    if (changed && f.finding !== 'changed') {
      problems.push({ ...at, field: 'finding', found: f.finding, expected: `changed, with change: ${changed.change.id} (${changed.file} changes this number)` });
    }
  });
  for (const h of catalogue) {
    if (!reviewed.has(h.number)) problems.push({ file, field: 'numbers', found: `no finding for ${h.number}`, expected: 'every catalogue number reviewed: add what was searched, when, and what was found' });
  }
  return problems;
}
