/**
 * How right a draft of a re-laid-out document is, against the hand-made list of that document: the rows drafted with the
 * number and mode the list has, the modes it states wrongly, the modes it leaves TO DECIDE, the numbers it reports it could
 * not place, and whether it claims what it does not have (a wrong mode stated, or no gap reported while rows are missing).
 * Used by `scripts/import/relayouts.ts` (PDFs) and `tests/import/relayout-kinds.test.ts` (text, HTML, Word, Excel).
 */
import type { Draft } from '../../src/lib/import/draft.ts';

/** The part of a list in content/lists/ the score reads. */
export interface HandMadeList {
  lines: { number: string | number | null; mode: string }[];
  readerDecisions?: { number: string | number; field: string }[];
}

export interface Score {
  right: number;
  of: number;
  wrong: string[];
  open: number;
  unplaced: number;
  /** The draft states a wrong mode, or reports no gap while rows are missing (a draft of no rows claims nothing: the import refuses it). */
  claimsFalsely: boolean;
  /** At least 90 % of the list's rows are drafted right (issue 32's bar). */
  passes: boolean;
}

export function scoreDraft(list: HandMadeList, draft: Draft): Score {
  const want = new Map(list.lines.filter((l) => l.number !== null).map((l) => [String(l.number), l.mode]));
  // A number the list records as no row of its own (广西's 12343) is no wrong mode when a draft has it.
  const notRows = new Set((list.readerDecisions ?? []).filter((d) => d.field === 'row').map((d) => String(d.number)));
  const got = draft.list.lines.filter((l) => l.number !== null);
  const right = got.filter((l) => want.get(l.number!) === l.mode).length;
  const open = got.filter((l) => l.mode.startsWith('TO DECIDE')).length;
  const wrong = got.filter((l) => !l.mode.startsWith('TO DECIDE') && !notRows.has(l.number!) && want.get(l.number!) !== l.mode).map((l) => `${l.number} ${l.mode}`);
  const unplaced = draft.report.unplaced.length;
  return { right, of: want.size, wrong, open, unplaced, claimsFalsely: wrong.length > 0 || (unplaced === 0 && draft.report.rows > 0 && right + open < want.size), passes: right / want.size >= 0.9 };
}
