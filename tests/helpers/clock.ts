/**
 * A frozen clock for date-dependent browser cases. Every such case opens its context with
 * `FROZEN.context` (Moscow time zone) and calls `freezeClock` before the first page load, so
 * «через N дней» and the expiry notice never depend on the day or the hour the suite runs.
 */
import type { BrowserContext, BrowserContextOptions, Page } from '@playwright/test';

/** Today for the frozen cases: a Monday at noon in Moscow, far from any midnight. */
export const TODAY = '2026-06-15';
export const NOW = new Date(`${TODAY}T12:00:00+03:00`);
export const FROZEN: { context: BrowserContextOptions } = {
  context: { timezoneId: 'Europe/Moscow' },
};

/** `Date` in every page of the context reads NOW; timers keep running. */
export async function freezeClock(target: Page | BrowserContext): Promise<void> {
  await target.clock.setFixedTime(NOW);
}

/** The calendar date `days` after TODAY as YYYY-MM-DD (what `<input type="date">` takes). */
export function isoFromToday(days: number): string {
  const [y, m, d] = TODAY.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
