/**
 * Day arithmetic on ISO dates (YYYY-MM-DD) in UTC, so a build in any time zone
 * gives the same phases.
 * @example addDays('2021-08-31', 1) // '2021-09-01'
 */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today's date in China (UTC+8), as YYYY-MM-DD. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The day a build computes statuses for: BUILD_DATE when given (YYYY-MM-DD), else today in China.
 * @throws {Error} naming BUILD_DATE when it is not a real date, so no page is built for a wrong day
 * @example buildDay({ BUILD_DATE: '2021-07-01' }) // '2021-07-01'
 */
export function buildDay(env: Readonly<Record<string, string | undefined>>, now = new Date()): string {
  const given = env['BUILD_DATE'];
  if (given === undefined || given === '') return todayInChina(now);
  const day = new Date(`${given}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== given) {
    throw new Error(`BUILD_DATE: found "${given}"; expected a real date written YYYY-MM-DD, e.g. 2026-11-28`);
  }
  return given;
}

/**
 * Is a review older than a year on this day? The build warns then: national changes need looking at again.
 * @example reviewIsStale('2025-11-27', '2026-11-28') // true
 */
export function reviewIsStale(reviewed: string, today: string): boolean {
  const yearLater = new Date(`${reviewed}T00:00:00Z`);
  yearLater.setUTCFullYear(yearLater.getUTCFullYear() + 1);
  return today > yearLater.toISOString().slice(0, 10);
}
