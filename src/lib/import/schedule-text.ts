/** The year the 2021 lists mean where they give only month and day (DESIGN.md). */
const LIST_YEAR = 2021;

/** A schedule as the list schema writes it, from a cell or sentence that states one date or one window. */
export interface DraftSchedule {
  deadline?: string;
  window?: { from: string; to: string };
  text: string;
  label?: string;
  yearAssumed: boolean;
}

const DAY = String.raw`(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
const MONTH_END = new RegExp(String.raw`^(?:于\s*)?(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月\s*底\s*(?:前|之前)?(?:完成)?$`, 'u');
const BY_DAY = new RegExp(String.raw`^(?:于\s*)?${DAY}\s*(?:前|之前)(?:完成)?$`, 'u');
const WINDOW = new RegExp(String.raw`^${DAY}\s*(?:至|到|—|－|-|~|～)\s*${DAY}$`, 'u');

/** The ISO day of year, month and day (the month's last day without one); null for a day the calendar lacks (2月30日). */
function day(year: string | undefined, month: string, date: string | undefined): string | null {
  const y = year ? Number(year) : LIST_YEAR;
  const m = Number(month);
  const d = date === undefined ? new Date(Date.UTC(y, m, 0)).getUTCDate() : Number(date);
  const iso = new Date(Date.UTC(y, m - 1, d));
  return iso.getUTCMonth() === m - 1 && iso.getUTCDate() === d ? iso.toISOString().slice(0, 10) : null;
}

/**
 * Reads a schedule the document states as one deadline ("8 月底", "12月31日前", "2021年8月底前") or
 * one window ("5月1日至 5月31日"), keeping its words as `text` and the column heading as `label`.
 * Where no year is printed, 2021 is meant and `yearAssumed` says so.
 * @returns null when the text says something else (phases, conditions): the editor writes it
 * @example scheduleOf('8 月底', '完成时间') // { deadline: '2021-08-31', text: '8 月底', label: '完成时间', yearAssumed: true }
 */
export function scheduleOf(text: string, label?: string): DraftSchedule | null {
  const t = text.trim();
  const labelled = label ? { label } : {};
  let m = MONTH_END.exec(t);
  if (m) {
    const deadline = day(m[1], m[2]!, undefined);
    return deadline ? { deadline, text: t, ...labelled, yearAssumed: !m[1] } : null;
  }
  m = BY_DAY.exec(t);
  if (m) {
    const deadline = day(m[1], m[2]!, m[3]);
    return deadline ? { deadline, text: t, ...labelled, yearAssumed: !m[1] } : null;
  }
  m = WINDOW.exec(t);
  if (m) {
    const from = day(m[1], m[2]!, m[3]);
    const to = day(m[4] ?? m[1], m[5]!, m[6]);
    return from && to && to >= from ? { window: { from, to }, text: t, ...labelled, yearAssumed: !m[1] && !m[4] } : null;
  }
  return null;
}
