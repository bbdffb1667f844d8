import { formerNamesFile, type FormerNamesFile } from '../../schema/former-names.ts';
import type { PlacesFile } from '../../schema/places.ts';
import { DataError, type DataProblem } from '../../content/data-error.ts';
import { readReferenceFile } from '../../content/reference-file.ts';
import { againstToday, todayOf } from './places.ts';

/**
 * Reads content/former-names.yaml (derived from the code history by scripts/places/former-names.ts) and checks it
 * against today's divisions as content/places.yaml is checked (againstToday): a dataset update that drops a
 * division or gives a former name to a current one stops the build, and the script is run again. The names
 * content/places.yaml has are left out: a researched entry wins over a derived one.
 * @throws {DataError} naming the file, line, what was found and what is expected
 * @example loadFormerNames(process.cwd(), divisions, loadPlacesFile(process.cwd(), divisions)).find((f) => f.name === '萧山市')?.now // ['330109']
 */
export function loadFormerNames(root: string, divisions: readonly { code: string; name: string }[], researched: Pick<PlacesFile, 'former' | 'zones'>): FormerNamesFile['former'] {
  const { file, yaml, data } = readReferenceFile(root, 'former-names.yaml', formerNamesFile);
  const today = todayOf(divisions);
  const problems: DataProblem[] = data.former.flatMap((f, i) => againstToday(file, yaml, { name: ['former', i, 'name'], codes: ['former', i, 'now'] }, f.name, f.now, today));
  if (problems.length > 0) throw new DataError(problems);
  const known = new Set([...researched.former.map((f) => f.name), ...researched.zones.flatMap((z) => z.names)]);
  return data.former.filter((f) => !known.has(f.name));
}
