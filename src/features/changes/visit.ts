/**
 * Records today's visit (src/features/changes/last-visit.ts) and, only when this page or one of
 * its steps has a change note newer than the reader's previous visit, loads the marks. Loaded by
 * guides with change notes, from their checklist script (the «Обновлено» line carries the newest
 * date as `data-changed`).
 */
import { localDate, toIsoDate } from '../../lib/dates';
import { single } from '../../lib/storage/persist';
import { LAST_VISIT, visitOn } from './last-visit';

export function recordVisit(now: Date = new Date()): void {
  const line = document.querySelector<HTMLElement>('.page-updated[data-changed]');
  const visit = single(LAST_VISIT, { day: '' });
  const stored = visit.$value.get();
  const { next, since } = visitOn(stored.day ? stored : undefined, toIsoDate(localDate(now)));
  if (next) visit.set(next);
  if (since && line && line.dataset['changed']! > since)
    void import('./since-marks').then((m) => m.markSince(since));
}
