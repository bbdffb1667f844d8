import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Content } from './load.ts';
import { documentPart } from '../sources/document-part.ts';
import { safety as safetySchema, safetyModel, type Safety } from '../schema/safety.ts';
import type { SafetyModel } from '../search/safety-model.ts';
import { DataError, type DataProblem } from './data-error.ts';
import { misquote } from './quotes.ts';
import { parseYaml } from './yaml-file.ts';
import { parseWith } from './zod-problems.ts';
import { compilePattern, patternProblem } from '../search/safety-patterns.ts';

/**
 * Reads and checks content/safety.yaml: the emergency numbers are not catalogue lines (they were
 * never merged), the crisis line is one, the numbers to call in danger are emergency numbers, and
 * every document quote is in its document, word for word.
 * @param dir the content folder
 * @param content the validated catalogue and lists (loadContent): a quote's document is one a list cites
 * @param root paths in messages are shown relative to this folder
 * @throws {DataError} listing each problem with file, line, field, found and expected
 */
export function loadSafety(dir: string, { catalogue, lists }: Pick<Content, 'catalogue' | 'lists'>, root = process.cwd()): Safety {
  const path = join(dir, 'safety.yaml');
  const file = relative(root, path);
  if (!existsSync(path)) {
    throw new DataError([{ file, found: 'no such file', expected: 'what the site says to a person in danger and to one who types an emergency number: see content/safety.yaml in the repository' }]);
  }
  const parsed = parseYaml(file, readFileSync(path, 'utf8'));
  const result = parsed.yaml && parseWith(safetySchema, parsed.yaml);
  const problems: DataProblem[] = [...parsed.problems, ...(result?.problems ?? [])];
  const data = result?.data;
  if (!data || !parsed.yaml) throw new DataError(problems);
  const { lineOf } = parsed.yaml;
  const at = (path: (string | number)[]) => ({ file, line: lineOf(path), field: path.join('.') });

  const listed = new Set(catalogue.map((h) => h.number));
  const emergency = data.emergency.numbers.map((e) => e.number);
  emergency.forEach((number, i) => {
    if (listed.has(number)) problems.push({ ...at(['emergency', 'numbers', i, 'number']), found: number, expected: 'an emergency number the merge left out, not a line of content/catalogue.yaml' });
    if (emergency.indexOf(number) !== i) problems.push({ ...at(['emergency', 'numbers', i, 'number']), found: `${number} a second time`, expected: 'each emergency number once' });
  });
  if (!listed.has(data.crisis.dial)) problems.push({ ...at(['crisis', 'dial']), found: data.crisis.dial, expected: 'a number listed in content/catalogue.yaml: add it there first' });
  data.crisis.urgent.forEach((number, i) => {
    if (!emergency.includes(number)) problems.push({ ...at(['crisis', 'urgent', i]), found: number, expected: `one of the emergency numbers above (${emergency.join(', ')})` });
  });
  // Every pattern is compiled here as the browser will compile it: a pattern it could not read stops the build.
  const patterns: [(string | number)[], { zh: string[]; en: string[] }][] = [
    ...data.emergency.numbers.map((e, i) => [['emergency', 'numbers', i, 'patterns'], e.patterns] as [(string | number)[], { zh: string[]; en: string[] }]),
    [['crisis', 'patterns'], data.crisis.patterns],
  ];
  for (const [path, { zh, en }] of patterns) {
    for (const [language, list] of [['zh', zh], ['en', en]] as const) {
      list.forEach((pattern, i) => {
        const problem = patternProblem(pattern, {}, data.recognition);
        const misplaced = problem === null && (compilePattern(pattern, {}, data.recognition).script === 'han') !== (language === 'zh');
        const expected = misplaced ? (language === 'zh' ? 'a Chinese pattern here: this English one belongs under en' : 'an English pattern here: this Chinese one belongs under zh') : problem;
        if (expected) problems.push({ ...at([...path, language, i]), found: `"${pattern}"`, expected });
      });
    }
  }
  data.emergency.quotes.forEach((quote, i) => {
    const list = lists.find((l) => l.source.id === quote.source);
    const source = join(dir, 'sources', `${quote.source}.txt`);
    if (!list || !existsSync(source)) {
      problems.push({ ...at(['emergency', 'quotes', i, 'source']), found: `"${quote.source}"`, expected: `the source id of a list whose document is in content/sources/ (${lists.map((l) => l.source.id).join(', ')})` });
      return;
    }
    const document = documentPart(readFileSync(source, 'utf8'), list.source.endsBefore) ?? '';
    const problem = misquote(at(['emergency', 'quotes', i, 'text']), quote.text, quote.source, document);
    if (problem) problems.push(problem);
  });
  const model = readModel(join(dir, 'safety-model.json'), root, problems);
  if (problems.length > 0) throw new DataError(problems);
  return model ? { ...data, model } : data;
}

/** content/safety-model.json (written by scripts/safety-train.ts), checked; none is no model, not an error. */
function readModel(path: string, root: string, problems: DataProblem[]): SafetyModel | undefined {
  if (!existsSync(path)) return undefined;
  const file = relative(root, path);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push({ file, found: (error as Error).message, expected: 'JSON as scripts/safety-train.ts writes it: run npm run safety:train' });
    return undefined;
  }
  const result = safetyModel.safeParse(json);
  if (!result.success) problems.push({ file, found: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), expected: 'bias, threshold and weights as scripts/safety-train.ts writes them: run npm run safety:train' });
  return result.data;
}
