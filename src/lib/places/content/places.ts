import { placesFile, type PlacesFile } from '../../schema/places.ts';
import { DataError, type DataProblem } from '../../content/data-error.ts';
import { readReferenceFile } from '../../content/reference-file.ts';

/**
 * Reads content/places.yaml (former names, zones, the review of changes since the dataset) and checks it against
 * today's divisions: every code it names must be one, and no name of it may be a current division's name, which the
 * search finds first: such an entry could never be reached. Reference data like the area codes:
 * read from the project's content/ whatever CONTENT_DIR says.
 * @throws {DataError} naming the file, line, what was found and what is expected
 * @example loadPlacesFile(process.cwd(), divisions).former[0].name // '襄樊市'
 */
export function loadPlacesFile(root: string, divisions: readonly { code: string; name: string }[]): PlacesFile {
  const { file, yaml, data } = readReferenceFile(root, 'places.yaml', placesFile);
  const problems: DataProblem[] = [];
  const at = (path: (string | number)[]) => yaml.lineOf(path);
  const known = new Set(divisions.map((d) => d.code));
  const current = new Set(divisions.map((d) => d.name));
  const seen = new Set<string>();
  const check = (path: (string | number)[], name: string, codes: readonly string[]) => {
    if (current.has(name)) {
      problems.push({ file, line: at(path), found: `"${name}", the name of a current division`, expected: 'only names no current division has: the search finds the current one first' });
    }
    if (seen.has(name)) problems.push({ file, line: at(path), found: `"${name}" a second time`, expected: 'each name once' });
    seen.add(name);
    codes.forEach((code, i) => {
      if (!known.has(code)) problems.push({ file, line: at([...path.slice(0, -1), path[0] === 'former' ? 'now' : 'in', i]), found: `"${code}"`, expected: 'the code of a current division (a region or a county-level place)' });
    });
  };
  data.former.forEach((f, i) => check(['former', i, 'name'], f.name, f.now));
  data.zones.forEach((z, i) => z.names.forEach((name, j) => check(['zones', i, 'names', j], name, z.in)));
  if (problems.length > 0) throw new DataError(problems);
  return data;
}
