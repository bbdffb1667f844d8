/**
 * What moves on an answer page after it first paints: every layout shift the browser reports,
 * and those that moved something above the call button — a tap meant for 拨打 12345 must land
 * on it. Measured until the page is saved for offline use, the last thing to appear.
 * Used by the design test (which holds it at 0) and the benchmark (which reports it).
 */
import type { BrowserContext } from 'playwright-core';

export interface LayoutShift {
  /** The sum of every shift's score (CLS without the windows). */
  total: number;
  /** The sum of the shifts that moved anything above the call button's bottom edge. */
  aboveCall: number;
  /** How far the call button itself moved, in CSS pixels. */
  callMoved: number;
}

/** Opens `url` in a new page of `context` (large text if asked) and measures its layout shifts. */
export async function measureLayoutShift(context: BrowserContext, url: string, large: boolean): Promise<LayoutShift> {
  await context.addInitScript((large) => {
    if (large) localStorage.setItem('text-size', 'large');
    const shifts: { value: number; tops: number[] }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; sources: { previousRect: DOMRectReadOnly }[] }[]) {
        shifts.push({ value: e.value, tops: e.sources.map((s) => s.previousRect.top) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }, large);
  const page = await context.newPage();
  await page.goto(url);
  const call = page.locator('.answer .calls a').first();
  const before = (await call.boundingBox())!;
  await page.locator('.offline-ready').waitFor();
  const after = (await call.boundingBox())!;
  const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; tops: number[] }[] }).shifts);
  await page.close();
  const sum = (xs: { value: number }[]) => xs.reduce((n, s) => n + s.value, 0);
  return {
    total: sum(shifts),
    aboveCall: sum(shifts.filter((s) => s.tops.some((top) => top < before.y + before.height))),
    callMoved: Math.abs(after.y - before.y),
  };
}
