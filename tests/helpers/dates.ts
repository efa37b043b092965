import { localDate, toIsoDate } from '../../src/lib/dates';

/** The reader's local date `days` from today, as `<input type="date">` wants it (YYYY-MM-DD). */
export function isoInDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return toIsoDate(localDate(d));
}
