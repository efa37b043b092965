/**
 * The reader's last visit: only its day (`YYYY-MM-DD`, the reader's local calendar), and the day of
 * the visit before, under `eis:v1:last-visit`. Never in a URL. A visit on a new day moves `day` to
 * `before`; the marks «изменено после вашего прошлого визита» compare change notes with the day
 * of the previous visit, so they stay for the whole day of a return and go the next.
 */
import { LAST_VISIT_KEY } from '../../lib/storage/keys';
import { defineRecord, isObject } from '../../lib/storage/record';
import { parseIsoDate } from '../../lib/dates';

export interface LastVisit {
  /** The day of the latest visit. */
  day: string;
  /** The day of the visit before it, if there was one. */
  before?: string;
}

const isDay = (v: unknown): v is string => typeof v === 'string' && !!parseIsoDate(v);

export const LAST_VISIT = /* @__PURE__ */ defineRecord<LastVisit>({
  key: LAST_VISIT_KEY,
  version: 1,
  decode: (data) => {
    if (!isObject(data) || !isDay(data['day'])) return undefined;
    const before = data['before'];
    if (before !== undefined && (!isDay(before) || before >= data['day'])) return undefined;
    return { value: before === undefined ? { day: data['day'] } : { day: data['day'], before } };
  },
  encode: (v) => v,
  maxLength: 64,
});

/**
 * A visit on `today`: what to store (`undefined`: nothing changes) and the day to compare change
 * notes with (`since`; none on a first visit). A clock set back never moves the day back.
 */
export function visitOn(
  stored: LastVisit | undefined,
  today: string,
): { next?: LastVisit; since?: string } {
  if (!stored) return { next: { day: today } };
  if (stored.day < today) return { next: { day: today, before: stored.day }, since: stored.day };
  return stored.before === undefined ? {} : { since: stored.before };
}

/** The stored day of the last visit for the progress file: a valid `YYYY-MM-DD` or nothing. */
export const decodeVisitDay = (v: unknown): string | undefined => (isDay(v) ? v : undefined);
