import { placesFile, type PlacesFile } from '../../schema/places.ts';
import { DataError, type DataProblem } from '../../content/data-error.ts';
import { readReferenceFile } from '../../content/reference-file.ts';
import type { YamlFile } from '../../content/yaml-file.ts';

/**
 * What is wrong with another name (a former name, a zone's) against today's divisions: a current division's name,
 * which the search finds first, so the entry could never be reached; or a code no current division has.
 * @param at where the name is, and where its codes are, in the file
 * @example againstToday('content/places.yaml', yaml, { name: ['former', 0, 'name'], codes: ['former', 0, 'now'] }, '襄樊市', ['420600'], today) // []
 */
export function againstToday(
  file: string,
  yaml: YamlFile,
  at: { name: (string | number)[]; codes: (string | number)[] },
  name: string,
  codes: readonly string[],
  today: { codes: ReadonlySet<string>; names: ReadonlySet<string> },
): DataProblem[] {
  const problems: DataProblem[] = [];
  if (today.names.has(name)) {
    problems.push({ file, line: yaml.lineOf(at.name), found: `"${name}", the name of a current division`, expected: 'only names no current division has: the search finds the current one first' });
  }
  codes.forEach((code, i) => {
    if (!today.codes.has(code)) problems.push({ file, line: yaml.lineOf([...at.codes, i]), found: `"${code}"`, expected: 'the code of a current division (a region or a county-level place)' });
  });
  return problems;
}

/** Today's divisions as againstToday checks against them. */
export const todayOf = (divisions: readonly { code: string; name: string }[]) => ({ codes: new Set(divisions.map((d) => d.code)), names: new Set(divisions.map((d) => d.name)) });

/**
 * Reads content/places.yaml (former names, zones, the review of changes since the dataset) and checks it against
 * today's divisions (againstToday), each name once. Reference data like the area codes: read from the project's
 * content/ whatever CONTENT_DIR says.
 * @throws {DataError} naming the file, line, what was found and what is expected
 * @example loadPlacesFile(process.cwd(), divisions).former[0].name // '襄樊市'
 */
export function loadPlacesFile(root: string, divisions: readonly { code: string; name: string }[]): PlacesFile {
  const { file, yaml, data } = readReferenceFile(root, 'places.yaml', placesFile);
  const problems: DataProblem[] = [];
  const today = todayOf(divisions);
  const seen = new Set<string>();
  const check = (path: (string | number)[], name: string, codes: readonly string[], codesPath: (string | number)[]) => {
    problems.push(...againstToday(file, yaml, { name: path, codes: codesPath }, name, codes, today));
    if (seen.has(name)) problems.push({ file, line: yaml.lineOf(path), found: `"${name}" a second time`, expected: 'each name once' });
    seen.add(name);
  };
  data.former.forEach((f, i) => check(['former', i, 'name'], f.name, f.now, ['former', i, 'now']));
  data.zones.forEach((z, i) => z.names.forEach((name, j) => check(['zones', i, 'names', j], name, z.in, ['zones', i, 'in'])));
  if (problems.length > 0) throw new DataError(problems);
  return data;
}
