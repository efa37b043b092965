/**
 * Decides, before the first paint, whether the site-wide expiry notice will show, so that its
 * box is in place from the start and nothing below it moves (CLS 0). It runs in the inline script
 * notice.inline.ts, so it reads storage with the store's own decoders (stored.ts), the same kinds
 * and the same date rule as the notice (needsAttention), without the label guard the notice needs
 * for display (a label never decides whether the notice shows). The full decision is made again
 * by the notice's module (noticeViews in notice.client.ts); a unit test keeps the two in agreement.
 */
import { isObject, isReminderId, unwrap } from '../../lib/storage/stored';
import {
  LEGACY_REMINDERS_KEY,
  NOTICE_HIDDEN_KEY,
  REMINDER_MAX_LENGTH,
  REMINDER_PREFIX,
} from '../../lib/storage/keys';
import { decodeNoticeHidden, isNoticeHidden } from '../../lib/storage/notice-hidden';
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

/** `org`: this tab's key prefix (tab-org.ts): only its organisation's reminders count. */
export function noticePrecheck(storage: StorageLike, now: Date, org = 'eis:'): PrecheckResult {
  const prefix = REMINDER_PREFIX.replace('eis:', org);
  const today = localDate(now);
  const hidden = decodeNoticeHidden(storage.getItem(NOTICE_HIDDEN_KEY), toIsoDate(today));
  // First-layout reminders still there: the notice's module loads, migrates and judges them.
  let found: PrecheckResult = storage.getItem(LEGACY_REMINDERS_KEY) !== null ? 1 : 0;
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (!key || !key.startsWith(prefix)) continue;
    found = 1;
    const id = key.slice(prefix.length);
    if (!isReminderId(id)) continue;
    // Longer than the reminder's record reads: unreadable there, so no notice here either.
    const raw = storage.getItem(key);
    const data = raw && raw.length <= REMINDER_MAX_LENGTH ? unwrap(raw) : undefined;
    if (!isObject(data) || !isReminderKind(data['kind'])) continue;
    const iso = data['date'];
    const date = typeof iso === 'string' ? parseIsoDate(iso) : undefined;
    if (
      date &&
      !isNoticeHidden(hidden, id, iso as string) &&
      needsAttention(daysBetween(today, date))
    )
      return 2;
  }
  return found;
}
