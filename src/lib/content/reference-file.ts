import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { DataError } from './data-error.ts';
import { parseYaml, type YamlFile } from './yaml-file.ts';
import { parseWith } from './zod-problems.ts';

/**
 * Reads and validates one file of reference data (content/area-codes.yaml, content/places.yaml): it describes
 * the country, not a list, so it is read from the project's content/ whatever CONTENT_DIR says (test content has
 * none of its own). The caller checks what only it knows against the data, naming lines through `yaml`.
 * @throws {DataError} naming the file, line, what was found and what is expected, when it is no valid YAML or fails its schema
 * @example readReferenceFile(process.cwd(), 'places.yaml', placesFile).data.former[0].name // '襄樊市'
 */
export function readReferenceFile<S extends z.ZodType>(root: string, name: string, schema: S): { file: string; yaml: YamlFile; data: z.output<S> } {
  const file = relative(root, join(root, 'content', name));
  const parsed = parseYaml(file, readFileSync(join(root, 'content', name), 'utf8'));
  const valid = parsed.yaml ? parseWith(schema, parsed.yaml) : undefined;
  if (!parsed.yaml || !valid?.data) throw new DataError([...parsed.problems, ...(valid?.problems ?? [])]);
  return { file, yaml: parsed.yaml, data: valid.data };
}
