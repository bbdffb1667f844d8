import type { Line } from '../schema/line.ts';
import type { Rule } from '../schema/list.ts';

/** 7×24 as the documents write it: `7×24小时`, `“7*24 小时”`, `7 × 24`. */
const ALL_DAY = /7\s*[×*]\s*24/u;
/** A clause: the words between two of the sentence's stops. */
const CLAUSES = /[^，。；,;]+/gu;

/**
 * The document's own words promising a sub-centre round-the-clock service, if
 * it makes that promise: a clause naming 7×24 in the row itself (its schedule,
 * remarks, or the exception for the region) or in a rule the document gives for
 * every row of the line's mode. A label that says "7×24" is shown only with
 * these words; a document that says nothing of hours earns the plain label.
 * @param line the line as it applies to the region (its exception's mode and text)
 * @param rules the list's general rules
 * @returns the clause, or null for a line that is not a sub-centre or a document that makes no such promise
 * @example allDayPromise(sichuan12366, sichuan.rules) // '各分中心实现“7×24 小时”全天候人工服务'
 */
export function allDayPromise(
  line: Pick<Line, 'mode' | 'schedule' | 'remarks'> & { exception: string | null },
  rules: readonly Rule[],
): string | null {
  if (line.mode !== 'subcenter') return null;
  const texts = [
    line.schedule?.text,
    ...(line.schedule?.phases ?? []).map((p) => p.text),
    ...line.remarks,
    line.exception,
    ...rules.filter((r) => r.mode === undefined || r.mode === line.mode).map((r) => r.text),
  ];
  for (const text of texts) {
    const clause = text?.match(CLAUSES)?.find((c) => ALL_DAY.test(c));
    if (clause) return clause.trim();
  }
  return null;
}
