/** Pure view-model for reminders: what each entry says, shared by the reminder page and notice. */
import { daysBetween, formatCalendarDate, localDate, parseIsoDate } from '../../lib/dates';
import { expiryWording, needsAttention, statusFor, type KindTable, type Status } from './expiry';
import { REMINDER_ID, type Reminder } from '../../lib/storage/stored';
import { pluralRu } from '../../lib/plural';

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

// --- The site-wide notice: one line, a count and links -----------------------------------------

/** The hash of the reminder page that opens entry `id` for editing («Уже продлил…»). */
export const EDIT_HASH_PREFIX = '#edit-';

export interface NoticeLine {
  /** One sentence: the soonest entry and, when there are more, how many in all. */
  text: string;
  /** «Уже продлил — указать новую дату»: the reminder page with that entry to edit. */
  editText: string;
  editHref: string;
}

/**
 * The notice as one line: «<what>: истекает через 5 дней (10.12.2026).», and
 * with more entries «Сроки: 3 напоминания, ближайшее — …». Ids are random (REMINDER_ID), so the
 * edit link carries nothing a reader typed.
 */
export function noticeLine(shown: readonly ReminderView[], base: string): NoticeLine | undefined {
  const first = shown[0];
  if (!first) return undefined;
  const soonest = `${first.title}: ${first.wording} (${first.dateText})`;
  const text =
    shown.length > 1
      ? `Сроки: ${pluralRu(shown.length, ['напоминание', 'напоминания', 'напоминаний'])}, ближайшее — ${soonest}.`
      : `${soonest}.`;
  return {
    text,
    editText: 'Уже продлил — указать новую дату',
    editHref: `${base}tools/reminder/${EDIT_HASH_PREFIX}${first.reminder.id}`,
  };
}

/** The entry the reminder page should open for editing, from its URL hash; anything else: none. */
export function editTarget(hash: string): string | undefined {
  if (!hash.startsWith(EDIT_HASH_PREFIX)) return undefined;
  const id = hash.slice(EDIT_HASH_PREFIX.length);
  return REMINDER_ID.test(id) ? id : undefined;
}
