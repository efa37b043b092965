/**
 * Calendar-date helpers. Expiry maths uses the reader's local calendar: a date is a (y, m, d)
 * triple, and the distance between two dates is counted in calendar days via UTC day numbers,
 * so DST changes and time of day never shift the result.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** ДД.ММ.ГГГГ, read in UTC. */
const ruDate = new Intl.DateTimeFormat('ru', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Format a content date as ДД.ММ.ГГГГ (in UTC: frontmatter dates are UTC midnight). */
export function formatRuDate(date: Date): string {
  return ruDate.format(date);
}

export interface CalendarDate {
  y: number;
  m: number; // 1–12
  d: number;
}

/** Parse `YYYY-MM-DD` strictly; `undefined` for anything else, including 2026-02-30. */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < 1900 || m < 1 || m > 12 || d < 1) return undefined;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return { y, m, d };
}

export function toIsoDate({ y, m, d }: CalendarDate): string {
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** The reader's local calendar date of a moment. */
export function localDate(now: Date): CalendarDate {
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}

const dayNumber = ({ y, m, d }: CalendarDate) => Date.UTC(y, m - 1, d) / 86_400_000;

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

export function addYears(date: CalendarDate, years: number): CalendarDate {
  const y = date.y + years;
  const last = new Date(Date.UTC(y, date.m, 0)).getUTCDate();
  return { y, m: date.m, d: Math.min(date.d, last) };
}

/** ДД.ММ.ГГГГ of a calendar date. */
export function formatCalendarDate({ y, m, d }: CalendarDate): string {
  return ruDate.format(Date.UTC(y, m - 1, d));
}

/** Milliseconds from `now` to the start of the reader's next local day (DST-safe). */
export function msUntilNextLocalDay(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return Math.max(1, next.getTime() - now.getTime());
}
