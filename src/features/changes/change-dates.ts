/**
 * Dates of change notes and of the reader's last visit: `YYYY-MM-DD` strings, compared as text
 * (same length, zero-padded: text order is date order), shown as ДД.ММ.ГГГГ. Pure and tiny: the
 * browser code of the marks uses it too.
 */

/** `2026-12-05` → `05.12.2026`; anything else is returned as is. */
export function formatIsoRu(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** True when `date` is strictly after `since` (both `YYYY-MM-DD`). */
export const isAfter = (date: string, since: string): boolean => date > since;
