/** Calendar-date helpers. All computations use the reader's local calendar, never ms division. */

const pad = (n: number) => String(n).padStart(2, '0');

/** Format a date as ДД.ММ.ГГГГ (UTC parts, as content dates are parsed as UTC midnight). */
export function formatRuDate(date: Date): string {
  return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}
