/**
 * Decides, before the first paint, whether the site-wide expiry notice will show, so that its
 * box is in place from the start and nothing below it moves (CLS 0). It runs in the inline script
 * notice.inline.ts, so it reads storage with the store's own decoders (stored.ts), the same kinds
 * and the same date rule as the notice (needsAttention), without the label guard the notice needs
 * for display (a label never decides whether the notice shows). The full decision is made again
 * by the notice's module (noticeViews in notice.client.ts); a unit test keeps the two in agreement.
 */
import { KEYS, decodeNoticeHidden, isObject, isReminderId, unwrap } from '../../lib/storage/stored';
import { isReminderKind } from './kinds';
import { daysBetween, localDate, parseIsoDate, toIsoDate } from '../../lib/dates';
import { needsAttention } from './expiry';

export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
}

/** 0: no reminders; 1: reminders, none due; 2: at least one needs the notice now. */
export type PrecheckResult = 0 | 1 | 2;

export function noticePrecheck(storage: StorageLike, now: Date): PrecheckResult {
  const today = localDate(now);
  const hidden = decodeNoticeHidden(storage.getItem(KEYS.noticeHidden), toIsoDate(today));
  let found: PrecheckResult = 0;
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (!key || !key.startsWith(KEYS.reminderPrefix)) continue;
    found = 1;
    const id = key.slice(KEYS.reminderPrefix.length);
    if (!isReminderId(id) || hidden.includes(id)) continue;
    const data = unwrap(storage.getItem(key));
    if (!isObject(data) || !isReminderKind(data['kind'])) continue;
    const date = typeof data['date'] === 'string' ? parseIsoDate(data['date']) : undefined;
    if (date && needsAttention(daysBetween(today, date))) return 2;
  }
  return found;
}
