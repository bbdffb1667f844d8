import type { Line } from '../schema/line.ts';
import { addDays } from '../dates.ts';

/**
 * One span of time in a line's life, with what a caller gets then.
 * - `before`: the merge has not started; the old arrangement holds.
 * - `pending`: the merge is due by a deadline, not yet past.
 * - `transition`: a dated phase before the final one (window, dual dialling).
 * - `final`: the line's mode is in force.
 */
export interface DatedPhase {
  /** First day (inclusive); null: since before any date the document gives. */
  from: string | null;
  /** Last day (inclusive); null: from `from` on. */
  to: string | null;
  state: 'before' | 'pending' | 'transition' | 'final';
  /** Does the old number connect in this phase? */
  dialable: boolean;
  /** The document's words for this phase; null where the phase is implied. */
  text: string | null;
}

/**
 * Turns the schedule a document gives (deadline, window or phases) into dated
 * phases that cover all time, so the phase in force on any day can be found.
 * A number that is kept (parallel, subcenter) connects in every phase; a merged
 * number connects until its final phase.
 * @example
 * phasesOf({ mode: 'merged', schedule: { deadline: '2021-08-31', … } })
 * // [{ from: null, to: '2021-08-31', state: 'pending', dialable: true, … },
 * //  { from: '2021-09-01', to: null, state: 'final', dialable: false, … }]
 */
export function phasesOf(line: Pick<Line, 'mode' | 'schedule'>): DatedPhase[] {
  const kept = line.mode !== 'merged';
  const final = (from: string | null, text: string | null): DatedPhase => ({ from, to: null, state: 'final', dialable: kept, text });
  const s = line.schedule;
  if (!s) return [final(null, null)];
  if (s.deadline) {
    return [{ from: null, to: s.deadline, state: 'pending', dialable: true, text: s.text }, final(addDays(s.deadline, 1), null)];
  }
  if (s.window) {
    return [
      { from: null, to: addDays(s.window.from, -1), state: 'before', dialable: true, text: null },
      { from: s.window.from, to: s.window.to, state: 'transition', dialable: true, text: s.text },
      final(addDays(s.window.to, 1), null),
    ];
  }
  const phases = s.phases ?? [];
  return [
    { from: null, to: addDays(phases[0]!.from, -1), state: 'before', dialable: true, text: null },
    ...phases.map((p, i): DatedPhase =>
      i === phases.length - 1
        ? final(p.from, p.text)
        : { from: p.from, to: p.to ?? null, state: 'transition', dialable: kept || p.dialable, text: p.text },
    ),
  ];
}

/**
 * The phase in force on a day.
 * @example phaseOn(phasesOf(line), '2021-07-01').state // 'transition'
 */
export function phaseOn(phases: readonly DatedPhase[], date: string): DatedPhase {
  const found = phases.find((p) => (p.from === null || p.from <= date) && (p.to === null || date <= p.to));
  if (!found) throw new Error(`no phase covers ${date}: phases must cover all time`);
  return found;
}
