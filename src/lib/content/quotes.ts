import type { List } from '../schema/list.ts';
import { closestPassage, findQuote } from '../sources/find-quote.ts';
import { rowOf } from './cross-check.ts';
import type { DataProblem } from './data-error.ts';

/** One field a list gives as its document's words. */
export interface QuotedField {
  /** Path of the field in the list file, e.g. ['lines', 3, 'schedule', 'text']. */
  path: (string | number)[];
  /** The document row it belongs to, for a line's field. */
  row?: string;
  text: string;
}

/**
 * Every field of a list that the schema calls the document's words: the
 * source's title, issuer and 文号, the counts' quote, the list's rules, and
 * each line's section, name, department, answeredBy, schedule texts, remarks
 * and exceptions. A name or department marked `inferred` is ours, and is not
 * a quote.
 */
export function quotedFields(list: List): QuotedField[] {
  const fields: QuotedField[] = [];
  const add = (path: (string | number)[], text: string | null | undefined, row?: string) => {
    if (text) fields.push({ path, text, ...(row ? { row } : {}) });
  };
  add(['source', 'title'], list.source.title);
  add(['source', 'issuer'], list.source.issuer);
  add(['source', 'documentNumber'], list.source.documentNumber);
  list.counts.quotes.forEach((q, i) => add(['counts', 'quotes', i], q));
  list.rules.forEach((rule, i) => {
    add(['rules', i, 'label'], rule.label);
    add(['rules', i, 'text'], rule.text);
  });
  list.lines.forEach((line, i) => {
    const row = rowOf(line);
    const at = (...path: (string | number)[]) => ['lines', i, ...path];
    add(at('section'), line.section, row);
    if (!line.inferred.name) add(at('name'), line.name, row);
    if (!line.inferred.department) add(at('department'), line.department, row);
    add(at('answeredBy'), line.answeredBy, row);
    add(at('schedule', 'label'), line.schedule?.label, row);
    add(at('schedule', 'text'), line.schedule?.text, row);
    line.schedule?.phases?.forEach((p, j) => add(at('schedule', 'phases', j, 'text'), p.text, row));
    line.remarks.forEach((r, j) => add(at('remarks', j), r, row));
    line.exceptions.forEach((e, j) => add(at('exceptions', j, 'text'), e.text, row));
  });
  return fields;
}

/**
 * Checks that every quoted field of a list is in its document, word for word
 * under the one normalisation of `normaliseQuote` (whitespace, line breaks,
 * full/half-width forms). A field that is not is a misquote: a page would show
 * as the document's words something the document does not say.
 * @param file the list file, as messages name it
 * @param document the document's text (up to where it ends)
 * @param lineOf the line in the file of a field's path
 */
export function quoteProblems(file: string, list: List, document: string, lineOf: (path: (string | number)[]) => number | undefined): DataProblem[] {
  return quotedFields(list).flatMap(({ path, row, text }) => {
    const field = path.slice(row ? 2 : 0).join('.');
    const ours = field === 'name' || field === 'department' ? '; or, for a value we worked out rather than read, an `inferred` note saying why' : '';
    const problem = misquote({ file, line: lineOf(path), row, field }, text, list.source.id, document, ours);
    return problem ? [problem] : [];
  });
}

/**
 * The problem with a quote its document does not contain, naming the closest passage there; null when it is the document's words.
 * @param where the quoting file, line, row and field
 * @param hint what else would settle it, appended to what is expected
 */
export function misquote(where: Omit<DataProblem, 'found' | 'expected'>, text: string, sourceId: string, document: string, hint = ''): DataProblem | null {
  if (findQuote(document, text)) return null;
  const closest = closestPassage(document, text).replace(/\s+/gu, ' ');
  return {
    ...where,
    found: `"${text}", which ${sourceId}.txt does not contain`,
    expected: `the document's words exactly (spaces, line breaks and full/half-width forms aside)${closest ? `; the closest passage there is "${closest}"` : ''}${hint}`,
  };
}
