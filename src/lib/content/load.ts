import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { catalogue as catalogueSchema, type Hotline } from '../schema/catalogue.ts';
import { list as listSchema, type List } from '../schema/list.ts';
import { change as changeSchema, review as reviewSchema, type Change, type Review } from '../schema/change.ts';
import { crossCheck, type ListFile } from './cross-check.ts';
import { crossCheckChanges, type ChangeFile, type ReviewFile } from './cross-check-changes.ts';
import { DataError, type DataProblem } from './data-error.ts';
import { parseYaml } from './yaml-file.ts';
import { parseWith } from './zod-problems.ts';

/** Everything under content/, validated. */
export interface Content {
  catalogue: Hotline[];
  lists: List[];
  /** National changes after the lists (content/changes/). */
  changes: Change[];
  /** When the national changes were last reviewed, and what was found (content/national-review.yaml). */
  review: Review;
}

/**
 * Reads and validates content/: catalogue.yaml, every lists/*.yaml, every
 * changes/*.yaml (the folder may be absent: no national change) and national-review.yaml.
 * Collects every problem in every file before failing, so an editor sees them
 * all at once.
 * @param dir the content folder
 * @param isRegion tells whether a code is a real GB/T 2260 division
 * @param root paths in messages are shown relative to this folder
 * @throws {DataError} listing each problem with file, line, row, found and expected
 */
export function loadContent(dir: string, isRegion: (code: string) => boolean, root = process.cwd()): Content {
  const problems: DataProblem[] = [];
  const read = (path: string) => {
    const file = relative(root, path);
    if (!existsSync(path)) {
      problems.push({ file, found: 'no such file', expected: 'the file: see docs/data-editors.md for what it holds' });
      return undefined;
    }
    const parsed = parseYaml(file, readFileSync(path, 'utf8'));
    problems.push(...parsed.problems);
    return parsed.yaml;
  };

  const catalogueYaml = read(join(dir, 'catalogue.yaml'));
  const catalogue = catalogueYaml ? parseWith(catalogueSchema, catalogueYaml) : undefined;
  problems.push(...(catalogue?.problems ?? []));

  const listsDir = join(dir, 'lists');
  const files: ListFile[] = [];
  for (const name of readdirSync(listsDir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const yaml = read(join(listsDir, name));
    if (!yaml) continue;
    const parsed = parseWith(listSchema, yaml);
    problems.push(...parsed.problems);
    if (parsed.data) {
      files.push({
        file: yaml.file,
        list: parsed.data,
        lineOfRow: (i) => yaml.lineOf(['lines', i]),
        lineOfCounts: yaml.lineOf(['counts']),
      });
    }
  }
  if (files.length === 0 && problems.length === 0) {
    problems.push({ file: relative(root, listsDir), found: 'no .yaml files', expected: 'one file per region list' });
  }

  const changesDir = join(dir, 'changes');
  const changes: ChangeFile[] = [];
  const invalidChanges = new Set<string>();
  for (const name of existsSync(changesDir) ? readdirSync(changesDir).filter((n) => /\.ya?ml$/.test(n)).sort() : []) {
    const yaml = read(join(changesDir, name));
    const parsed = yaml && parseWith(changeSchema, yaml);
    problems.push(...(parsed?.problems ?? []));
    const id = name.replace(/\.ya?ml$/, '');
    if (yaml && parsed?.data) changes.push({ file: yaml.file, change: parsed.data, name: id });
    else invalidChanges.add(id);
  }

  const reviewYaml = read(join(dir, 'national-review.yaml'));
  const review = reviewYaml && parseWith(reviewSchema, reviewYaml);
  problems.push(...(review?.problems ?? []));
  const reviewFile: ReviewFile | undefined =
    reviewYaml && review?.data ? { file: reviewYaml.file, review: review.data, lineOfFinding: (i) => reviewYaml.lineOf(['numbers', i]) } : undefined;

  if (catalogue?.data) problems.push(...crossCheck(catalogue.data, files, isRegion));
  if (catalogue?.data && reviewFile) problems.push(...crossCheckChanges(catalogue.data, changes, reviewFile, (code) => isRegion(code) && code.endsWith('0000'), invalidChanges));
  if (problems.length > 0 || !catalogue?.data || !reviewFile) throw new DataError(problems);
  return { catalogue: catalogue.data, lists: files.map((f) => f.list), changes: changes.map((c) => c.change), review: reviewFile.review };
}
