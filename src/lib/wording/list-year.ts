import type { List } from '../schema/list.ts';

/**
 * The year a list speaks of: its date's, else the year its schedules' dates carry
 * (assumed or printed); null when the document gives no date at all (Fujian).
 * @example listYear(sichuan) // '2021' (from its phases, whose year is assumed)
 */
export function listYear(list: Pick<List, 'source' | 'lines'>): string | null {
  if (list.source.date) return list.source.date.slice(0, 4);
  for (const { schedule } of list.lines) {
    const day = schedule?.deadline ?? schedule?.window?.from ?? schedule?.phases?.[0]?.from;
    if (day) return day.slice(0, 4);
  }
  return null;
}
