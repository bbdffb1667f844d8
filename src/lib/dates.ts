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
