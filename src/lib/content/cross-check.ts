import type { Hotline } from '../schema/catalogue.ts';
import type { List } from '../schema/list.ts';
import type { Line } from '../schema/line.ts';
import type { DataProblem } from './data-error.ts';

/** A validated list with the file it came from and where each row sits. */
export interface ListFile {
  file: string;
  list: List;
  /** 1-based line of each row in `list.lines`, and of the counts block. */
  lineOfRow: (index: number) => number | undefined;
  lineOfCounts: number | undefined;
}

/** A row as a data editor finds it in a message: "row 12 (12369)". */
export const rowOf = (line: Pick<Line, 'row' | 'number'>) => `row ${line.row ?? '(no number)'}${line.number ? ` (${line.number})` : ''}`;

/**
 * Checks across rows, files and the catalogue that a per-row schema cannot:
 * unique numbers, numbers known to the catalogue, counts as the document
 * states them, single-region rules inside the list's area, one list per region.
 * @param isRegion tells whether a code is a real GB/T 2260 division.
 */
export function crossCheck(
  catalogue: readonly Hotline[],
  files: readonly ListFile[],
  isRegion: (code: string) => boolean,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const known = new Set(catalogue.map((h) => h.number));
  const claimed = new Map<string, string>();
  const sourceIds = new Map<string, string>();

  for (const { file, list, lineOfRow, lineOfCounts } of files) {
    if (!isRegion(list.region)) {
      problems.push({ file, line: 1, field: 'region', found: `"${list.region}"`, expected: 'a code from the GB/T 2260 region dataset' });
    }
    const other = claimed.get(list.region);
    if (other) {
      problems.push({ file, line: 1, field: 'region', found: `"${list.region}", which ${other} also claims`, expected: 'one list per region: merge the two files or correct the code' });
    }
    claimed.set(list.region, file);
    const otherSource = sourceIds.get(list.source.id);
    if (otherSource) {
      problems.push({ file, field: 'source.id', found: `"${list.source.id}", also used by ${otherSource}`, expected: 'a source id used by one file only' });
    }
    sourceIds.set(list.source.id, file);

    const seen = new Map<string, string>();
    list.lines.forEach((line, i) => {
      const at = { file, line: lineOfRow(i), row: rowOf(line) };
      const numbers = [line.number, ...line.aliases].filter((n): n is string => n !== null);
      for (const n of numbers) {
        const first = seen.get(n);
        if (first) problems.push({ ...at, field: 'number', found: `${n}, already listed at ${first}`, expected: 'each number once per list' });
        else seen.set(n, rowOf(line));
      }
      for (const n of [...numbers, ...(line.foldedInto ? [line.foldedInto] : [])]) {
        if (!known.has(n)) problems.push({ ...at, field: 'number', found: n, expected: 'a number described in content/catalogue.yaml: add it there first' });
      }
      const phases = line.schedule?.phases ?? [];
      const contradiction =
        line.mode === 'merged' ? phases.at(-1)?.dialable === true : phases.some((p) => !p.dialable);
      if (contradiction) {
        problems.push({
          ...at,
          field: 'schedule.phases',
          found: `mode ${line.mode} with ${line.mode === 'merged' ? 'a last phase where the number still connects' : 'a phase where the number does not connect'}`,
          expected: line.mode === 'merged' ? 'dialable: false in the last phase of a merged (cancelled) number' : 'dialable: true in every phase of a number that is kept',
        });
      }
      // 设分中心 keeps the number and its agents: a sub-centre without them is a transcription slip.
      if (line.mode === 'subcenter' && (line.agents === 'cancelled' || line.agents === 'managed')) {
        problems.push({ ...at, field: 'agents', found: `${line.agents} on a sub-centre (subcenter)`, expected: 'kept, or null where the document does not say: a sub-centre keeps its agents' });
      }
      if (line.foldedInto && line.mode !== 'merged') {
        problems.push({ ...at, field: 'foldedInto', found: `${line.foldedInto} on a line with mode ${line.mode}`, expected: 'foldedInto only on a merged line: a number folded into another is not kept' });
      }
      const inArea = (code: string) => isRegion(code) && code !== list.region && code.startsWith(areaPrefix(list.region));
      line.onlyIn.forEach((code, k) => {
        if (!inArea(code)) problems.push({ ...at, field: `onlyIn[${k}]`, found: `"${code}"`, expected: `a region inside ${list.region}'s area` });
      });
      line.exceptions.forEach((ex, k) => {
        if (!inArea(ex.region) && ex.region !== list.region) problems.push({ ...at, field: `exceptions[${k}].region`, found: `"${ex.region}"`, expected: `a region inside ${list.region}'s area` });
        if (ex.mode === undefined && ex.agents === undefined) problems.push({ ...at, field: `exceptions[${k}]`, found: 'neither mode nor agents', expected: 'the mode or agents that differ in that region' });
      });
    });

    const { counts } = list;
    for (const m of ['merged', 'parallel', 'subcenter'] as const) {
      const actual = list.lines.filter((l) => l.mode === m).length;
      if (actual !== counts[m]) {
        problems.push({
          file,
          line: lineOfCounts,
          field: `counts.${m}`,
          found: `${actual} rows with mode ${m}`,
          expected: `${counts[m]} as the document ${counts.stated ? 'states' : 'shows'}: a row is missing, extra or has the wrong mode`,
        });
      }
    }
  }
  return problems;
}

/**
 * The code prefix shared by every division inside a region:
 * "35" for a province (350000), "3505" for a prefecture (350500).
 */
export function areaPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}
