/** Pure view-model for reminders: what each entry says, shared by the reminder page and notice. */
import { daysBetween, formatCalendarDate, localDate, parseIsoDate } from '../../lib/dates';
import { expiryWording, needsAttention, statusFor, type KindTable, type Status } from './expiry';
import { REMINDER_ID, type Reminder } from '../../lib/storage/stored';

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

/** What the notice calls a kind: the guide's title, or «Срок» for «Другое» (no reader label). */
export const noticeSubject = (kind: Reminder['kind'], kinds: KindTable): string =>
  kind === 'other' ? 'Срок' : kinds[kind].label;

/**
 * The longest wording the notice can show, for the box it reserves before the text arrives
 * («истекает через 30 дней» is the longest within 30 days; «истёк 9999 дней назад» is shorter).
 */
export const NOTICE_LONGEST_WORDING = 'истекает через 30 дней — 30.12.2026';

export interface NoticeLine {
  /** The soonest entry: «<kind>: истекает через 5 дней — 10.12.2026». Never the reader's label. */
  text: string;
  /** How many entries need attention (the link to the list says it). */
  count: number;
  /** «Уже продлил — указать новую дату»: the reminder page with that entry to edit. */
  editHref: string;
}

/**
 * The notice as one line: the soonest entry and how many need attention. Its length is bounded
 * (no reader label), so the box reserved before it arrives always holds it. Ids are random
 * (REMINDER_ID), so the edit link carries nothing a reader typed.
 */
export function noticeLine(
  shown: readonly ReminderView[],
  base: string,
  kinds: KindTable,
): NoticeLine | undefined {
  const first = shown[0];
  if (!first) return undefined;
  return {
    text: `${noticeSubject(first.reminder.kind, kinds)}: ${first.wording} — ${first.dateText}`,
    count: shown.length,
    editHref: `${base}tools/reminder/${EDIT_HASH_PREFIX}${first.reminder.id}`,
  };
}

/** The entry the reminder page should open for editing, from its URL hash; anything else: none. */
export function editTarget(hash: string): string | undefined {
  if (!hash.startsWith(EDIT_HASH_PREFIX)) return undefined;
  const id = hash.slice(EDIT_HASH_PREFIX.length);
  return REMINDER_ID.test(id) ? id : undefined;
}
