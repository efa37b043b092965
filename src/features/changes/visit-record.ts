/**
 * The reader's visit, recorded on every page before the first paint: called by the inline
 * script every page carries (src/features/reminders/notice.inline.ts), so it costs a few bytes
 * and no request. It stores only the day, as the record LAST_VISIT reads it (last-visit.ts;
 * written here with its decoder and envelope rather than the record, to keep the inline script
 * small). A visit on a later day keeps the day before it (`before`): only then do the marks
 * «изменено после вашего прошлого визита» load (since-marks.ts, from the checklist's script).
 */
import { localDate, parseIsoDate, toIsoDate } from '../../lib/dates';
import { LAST_VISIT_KEY } from '../../lib/storage/keys';
import { unwrap, wrap } from '../../lib/storage/stored';

/**
 * Never throws: blocked or full storage records nothing. The rule of visitOn (last-visit.ts,
 * which a unit test holds this to), written out to keep the inline script small: only the
 * stored `day` decides, checked as LAST_VISIT checks it
 * (a valid `YYYY-MM-DD`).
 */
export function recordVisit(now = new Date()): void {
  try {
    const today = toIsoDate(localDate(now));
    const data = unwrap(localStorage.getItem(LAST_VISIT_KEY)) as { day?: unknown } | undefined;
    const day = typeof data?.day === 'string' && parseIsoDate(data.day) ? data.day : undefined;
    // A clock set back never moves the day back.
    if (!day || day < today)
      localStorage.setItem(LAST_VISIT_KEY, wrap({ day: today, before: day }));
  } catch {
    // Blocked or full storage: no visit recorded.
  }
}
