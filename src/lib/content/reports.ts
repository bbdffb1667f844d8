import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { plans as plansSchema, report as reportSchema, reportsReview, type Plan, type Report } from '../schema/report.ts';
import { normaliseQuote } from '../sources/quote-text.ts';
import { DataError, fieldLabel, type DataProblem } from './data-error.ts';
import { misquote } from './quotes.ts';
import { parseYaml, type YamlFile } from './yaml-file.ts';
import { parseWith } from './zod-problems.ts';

/** What named outlets reported about regions' lines, and the plans whose lists we could not read. */
export interface Reported {
  /** content/reports/*.yaml, by file name. */
  reports: Report[];
  /** content/plans.yaml (absent: none). */
  plans: Plan[];
}

/**
 * Reads and checks content/reports/*.yaml, content/plans.yaml and content/reports-review.yaml. Beyond the schema: a report's
 * id is its file's name; its regions are real divisions; the text we read is in
 * content/report-texts/; every one of its words is in that text, word for word under the one
 * normalisation the lists' quotes are checked with (`misquote`); the numbers it names and the
 * counts it gives are in its words, so nothing a page shows as the report's rests on our reading
 * alone. A plan's title, issuer, 文号 and citation are checked the same way. The review of the
 * search names only provinces, and every report it says it found exists.
 * @param dir the content folder
 * @param isRegion tells whether a code is a real GB/T 2260 division the site has a page for
 * @param root paths in messages are shown relative to this folder
 * @throws {DataError} listing every problem with file, line, field, found and expected
 */
export function loadReports(dir: string, isRegion: (code: string) => boolean, root = process.cwd()): Reported {
  const problems: DataProblem[] = [];
  const texts = join(dir, 'report-texts');
  const textOf = (id: string, at: Omit<DataProblem, 'found' | 'expected'>): string | null => {
    const path = join(texts, `${id}.txt`);
    if (existsSync(path)) return readFileSync(path, 'utf8');
    problems.push({ ...at, found: `"${id}", but ${relative(root, path)} does not exist`, expected: 'the text we read, saved byte for byte as content/report-texts/{text}.txt' });
    return null;
  };
  const read = (path: string): YamlFile | undefined => {
    const parsed = parseYaml(relative(root, path), readFileSync(path, 'utf8'));
    problems.push(...parsed.problems);
    return parsed.yaml;
  };
  const regionsReal = (yaml: YamlFile, codes: readonly string[], path: (string | number)[]) =>
    codes.forEach((code, i) => {
      if (!isRegion(code)) problems.push({ file: yaml.file, line: yaml.lineOf([...path, i]), field: fieldLabel([...path, i]), found: `"${code}"`, expected: 'the code of a province or prefecture the site has a page for (GB/T 2260)' });
    });
  const quote = (yaml: YamlFile, path: (string | number)[], words: string, textId: string, text: string) => {
    const problem = misquote({ file: yaml.file, line: yaml.lineOf(path), field: fieldLabel(path) }, words, textId, text);
    if (problem) problems.push(problem);
  };

  const reportsDir = join(dir, 'reports');
  const reports: Report[] = [];
  const reportFiles = existsSync(reportsDir) ? readdirSync(reportsDir).filter((n) => /\.ya?ml$/.test(n)).sort() : [];
  for (const name of reportFiles) {
    const yaml = read(join(reportsDir, name));
    const parsed = yaml && parseWith(reportSchema, yaml);
    problems.push(...(parsed?.problems ?? []));
    const report = parsed?.data;
    if (!yaml || !report) continue;
    const id = name.replace(/\.ya?ml$/, '');
    if (report.id !== id) problems.push({ file: yaml.file, line: yaml.lineOf(['id']), field: 'id', found: `"${report.id}"`, expected: `the file's name, "${id}"` });
    regionsReal(yaml, report.regions, ['regions']);
    const text = textOf(report.text, { file: yaml.file, line: yaml.lineOf(['text']), field: 'text' });
    report.says.forEach((claim, i) => {
      if (text !== null) claim.words.forEach((w, j) => quote(yaml, ['says', i, 'words', j], w, report.text, text));
      const words = normaliseQuote(claim.words.join(''));
      const at = (...path: (string | number)[]) => ({ file: yaml.file, line: yaml.lineOf(['says', i, ...path]), field: fieldLabel(['says', i, ...path]) });
      if (claim.numbers !== 'all') {
        claim.numbers.forEach((n, j) => {
          if (!words.includes(n)) problems.push({ ...at('numbers', j), found: `${n}, which its words do not name`, expected: 'only the numbers the quoted words name: quote the words that name it, or leave it out' });
        });
      }
      Object.entries(claim.counts ?? {}).forEach(([kind, n]) => {
        if (!new RegExp(`(?<!\\d)${n}(?!\\d)`).test(words)) problems.push({ ...at('counts', kind), found: `${n}, which its words do not give`, expected: 'the count as the quoted words give it' });
      });
    });
    reports.push(report);
  }

  const plans: Plan[] = [];
  const plansPath = join(dir, 'plans.yaml');
  const plansYaml = existsSync(plansPath) ? read(plansPath) : undefined;
  const parsedPlans = plansYaml && parseWith(plansSchema, plansYaml);
  problems.push(...(parsedPlans?.problems ?? []));
  if (plansYaml && parsedPlans?.data) {
    parsedPlans.data.plans.forEach((plan, i) => {
      const at = (...path: string[]) => ['plans', i, ...path];
      regionsReal(plansYaml, plan.regions, at('regions'));
      const text = textOf(plan.text, { file: plansYaml.file, line: plansYaml.lineOf(at('text')), field: fieldLabel(at('text')) });
      if (text !== null) {
        for (const field of ['title', 'issuer', 'citedAs'] as const) {
          const value = plan[field];
          if (value) quote(plansYaml, at(field), value, plan.text, text);
        }
        if (plan.documentNumber && !plan.numberText) quote(plansYaml, at('documentNumber'), plan.documentNumber, plan.text, text);
      }
      if (plan.documentNumber && plan.numberText) {
        const cited = textOf(plan.numberText, { file: plansYaml.file, line: plansYaml.lineOf(at('numberText')), field: fieldLabel(at('numberText')) });
        if (cited !== null) quote(plansYaml, at('documentNumber'), plan.documentNumber, plan.numberText, cited);
      }
      plans.push(plan);
    });
  }
  const reviewPath = join(dir, 'reports-review.yaml');
  const reviewYaml = existsSync(reviewPath) ? read(reviewPath) : undefined;
  const review = reviewYaml && parseWith(reportsReview, reviewYaml);
  problems.push(...(review?.problems ?? []));
  const numbersOfPlans = new Set(plans.flatMap((p) => (p.documentNumber ? [p.documentNumber] : [])));
  review?.data?.provinces.forEach((p, i) => {
    const at = (...path: (string | number)[]) => ({ file: reviewYaml!.file, line: reviewYaml!.lineOf(['provinces', i, ...path]), field: fieldLabel(['provinces', i, ...path]) });
    if (!p.province.endsWith('0000') || !isRegion(p.province)) problems.push({ ...at('province'), found: `"${p.province}"`, expected: 'a province’s code, e.g. "320000"' });
    p.found.forEach((f, j) => {
      if (!reportFiles.some((n) => n.replace(/\.ya?ml$/, '') === f) && !numbersOfPlans.has(f)) problems.push({ ...at('found', j), found: `"${f}"`, expected: 'the id of a file in content/reports/, or the 文号 of a plan in content/plans.yaml' });
    });
  });
  if (problems.length > 0) throw new DataError(problems);
  return { reports, plans };
}
