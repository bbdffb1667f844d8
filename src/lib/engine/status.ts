import type { Line } from '../schema/line.ts';
import { phaseOn, phasesOf, type DatedPhase } from './phases.ts';

/**
 * What a citizen can do with the old number on a given day.
 * - `cancelled`: merged and no longer connects: dial 12345.
 * - `cancelling`: merged, but still connects until its final phase begins.
 * - `parallel`: still connects; 12345 handles the same matters.
 * - `subcenter`: still connects, with its own agents, as a 12345 sub-centre.
 */
export type Verdict = 'cancelled' | 'cancelling' | 'parallel' | 'subcenter';

export interface Status {
  verdict: Verdict;
  /** Does the old number connect on that day? */
  dialable: boolean;
  /** The first day of the phase in force; null when the document gives no date for it. */
  statusSince: string | null;
  /** The phase in force. */
  phase: DatedPhase;
  /** For `cancelling`: the day the number stops connecting, when known. */
  cancelledFrom: string | null;
  /** All phases, for showing the schedule. */
  phases: DatedPhase[];
}

/**
 * The status of a line on a day (the phase in force, `dialable`, `statusSince`).
 * @example statusOn(sichuan12396, '2021-07-01') // { verdict: 'cancelling', dialable: true, statusSince: '2021-06-01', … }
 * @example statusOn(sichuan12396, '2021-10-01') // { verdict: 'cancelled', dialable: false, statusSince: '2021-10-01', … }
 */
export function statusOn(line: Pick<Line, 'mode' | 'schedule'>, date: string): Status {
  const phases = phasesOf(line);
  const phase = phaseOn(phases, date);
  const final = phases.at(-1)!;
  const verdict: Verdict =
    line.mode === 'merged' ? (phase.dialable ? 'cancelling' : 'cancelled') : line.mode;
  return {
    verdict,
    dialable: phase.dialable,
    statusSince: phase.from,
    phase,
    cancelledFrom: verdict === 'cancelling' ? final.from : null,
    phases,
  };
}
