import type { z } from 'zod';
import { fieldLabel, rowLabel, show, type DataProblem } from './data-error.ts';
import type { YamlFile } from './yaml-file.ts';
import { undecidedPaths, undecidedProblems } from './undecided.ts';

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `a value for this required field (${issue.expected})` : `a ${issue.expected}`;
    case 'unrecognized_keys':
      return 'only the fields the schema documents (src/lib/schema/): check the spelling';
    default:
      return issue.message;
  }
}

function foundOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  return show(issue.input);
}

const within = (path: readonly PropertyKey[], prefix: readonly PropertyKey[]) => prefix.every((k, i) => path[i] === k);

/**
 * Validates a parsed YAML file against a schema and turns every zod issue into
 * a problem naming the file, line, row and field. A field `npm run import` left
 * open is reported as that, with what to decide, instead of as a wrong value.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  yaml: YamlFile,
): { data?: z.output<S>; problems: DataProblem[] } {
  const open = undecidedPaths(yaml.data).map((u) => u.path);
  const result = schema.safeParse(yaml.data, { reportInput: true });
  if (result.success && open.length === 0) return { data: result.data, problems: [] };
  const issues = result.success ? [] : result.error.issues.filter((issue) => !open.some((p) => within(issue.path, p)));
  return {
    problems: [...undecidedProblems(yaml), ...issues.map((issue) => ({
      file: yaml.file,
      line: yaml.lineOf(issue.path),
      row: rowLabel(yaml.data, issue.path),
      field: fieldLabel(issue.path),
      found: foundOf(issue),
      expected: expectedOf(issue),
    }))],
  };
}
