/** Pure view-model for reminders: what each entry says, shared by the reminder page and notice. */
import { daysBetween, formatCalendarDate, localDate, parseIsoDate } from '../../lib/dates';
import { expiryWording, needsAttention, statusFor, type KindTable, type Status } from './expiry';
import { REMINDER_ID, type Reminder } from '../../lib/storage/stored';
import { NOTICE_HIDDEN } from '../../lib/storage/notice-hidden';
import { KEYS } from '../../lib/storage/keys';
import { REMINDER_KINDS } from './kinds';
import { SOON_DAYS } from './expiry';
import type { PrecheckOptions } from './notice-precheck';

/** What the inline notice precheck needs to decide as the notice does. */
export const precheckOptions = (): PrecheckOptions => ({
  prefix: KEYS.reminderPrefix,
  hiddenKey: KEYS.noticeHidden,
  hiddenMaxLength: NOTICE_HIDDEN.maxLength,
  legacyKey: KEYS.legacyReminders,
  soonDays: SOON_DAYS,
  kinds: [...REMINDER_KINDS],
  idPattern: REMINDER_ID.source,
});

export interface ReminderView {
  reminder: Reminder;
  title: string;
  dateText: string;
  daysLeft: number;
  status: Status;
  wording: string;
  attention: boolean;
  guide?: { href: string; title: string };
}

/** `kinds`: labels and guide links, from the guides (kindTable in expiry.ts). */
export function viewReminder(
  reminder: Reminder,
  now: Date,
  kinds: KindTable,
): ReminderView | undefined {
  const date = parseIsoDate(reminder.date);
  if (!date) return undefined;
  const kind = kinds[reminder.kind];
  const daysLeft = daysBetween(localDate(now), date);
  const view: ReminderView = {
    reminder,
    title: reminder.label ? `${kind.label} — ${reminder.label}` : kind.label,
    dateText: formatCalendarDate(date),
    daysLeft,
    status: statusFor(daysLeft),
    wording: expiryWording(daysLeft),
    attention: needsAttention(daysLeft),
  };
  if (kind.guide) view.guide = kind.guide;
  return view;
}

/** Views sorted by days left, soonest first. */
export function viewReminders(
  items: readonly Reminder[],
  now: Date,
  kinds: KindTable,
): ReminderView[] {
  return items
    .map((r) => viewReminder(r, now, kinds))
    .filter((v): v is ReminderView => v !== undefined)
    .sort((a, b) => a.daysLeft - b.daysLeft);
}
