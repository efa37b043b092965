/**
 * Expiry reminders, one entry per key (see persist.ts). Labels pass the secret guard when read:
 * a stored label that looks like a password, token or identifier is dropped from storage, and
 * `$cleanedLabels` counts it so every page that shows reminder information says so. Reminders of
 * the first layout are migrated on first load; their blob goes only once every readable one is
 * stored under its own key.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { collection, derived, single, type Change } from '../../lib/storage/persist';
import { migrateLegacy } from '../../lib/storage/migrate';
import { rewrite } from '../../lib/storage/undo';
import type { Reminder } from '../../lib/storage/stored';
import { NOTICE_HIDDEN, quietToken, type NoticeHidden } from '../../lib/storage/notice-hidden';
import {
  LEGACY_REMINDERS,
  ADD_LOCK,
  MAX_REMINDERS,
  REMINDER,
  cleanLabel,
  newReminderId,
} from './reminder-codec';

const reminders = collection(REMINDER);

export const $reminders = derived(reminders.$items, (items) =>
  Object.values(items).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
);
/** Stored reminders that could not be read. */
export const $unreadableReminders = reminders.$unreadable;
let migratedCleaned = 0;
const $cleaned = atom(0);
reminders.$cleaned.subscribe((n) => $cleaned.set(n + migratedCleaned));
/** Stored labels dropped because they looked like a password, token or identifier. */
export const $cleanedLabels: ReadableAtom<number> = $cleaned;

export type SaveResult = { ok: true; reminder: Reminder } | { ok: false; reason: 'limit' };

export function saveReminder(input: Omit<Reminder, 'id' | 'seq'> & { id?: string }): SaveResult {
  const existing = input.id ? reminders.$items.get()[input.id] : undefined;
  // The limit is checked against storage at write time: another tab may have added some since.
  if (!existing && reminders.storedIds().length >= MAX_REMINDERS) {
    return { ok: false, reason: 'limit' };
  }
  // Kept in memory exactly as it will be stored (no control characters, at most 80 characters).
  const label = cleanLabel(input.label).label;
  const reminder: Reminder = existing
    ? { ...existing, kind: input.kind, label, date: input.date, seq: existing.seq + 1 }
    : { id: newReminderId(), kind: input.kind, label, date: input.date, seq: 0 };
  reminders.put(reminder.id, reminder);
  return { ok: true, reminder };
}

/**
 * Add or edit a reminder, then call `done` with the result. A new one is added under a Web Lock
 * shared by every tab of the site, so two tabs adding at the same instant take turns: the second
 * re-checks the limit from storage only after the first has written, and at 199 exactly one of
 * them is stored. An edit, or a browser without Web Locks (Safari before 15.4) or refusing them,
 * saves at once (`done` is called before this returns), with saveReminder's re-check from storage
 * as the only guard, as before.
 */
export function storeReminder(
  input: Omit<Reminder, 'id' | 'seq'> & { id?: string },
  done: (result: SaveResult) => void,
): void {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  const save = () => done(saveReminder(input));
  if ((input.id && reminders.$items.get()[input.id]) || typeof locks?.request !== 'function')
    return save();
  let saved = false;
  locks.request(ADD_LOCK, () => ((saved = true), save())).catch(() => saved || save());
}

export function deleteReminder(id: string): void {
  reminders.drop(id);
}

/**
 * Put back a reminder the reader deleted («Вернуть удалённое напоминание»): the same id, kind,
 * label, date and sequence. False when one with its id is there again or the list is full.
 */
export function restoreReminder(reminder: Reminder): boolean {
  if (reminders.$items.get()[reminder.id]) return false;
  if (reminders.storedIds().length >= MAX_REMINDERS) return false;
  reminders.put(reminder.id, reminder);
  return true;
}

/** Make the stored reminders equal to `next` (import); the keys it changed, for undo. */
export function replaceReminders(next: readonly Reminder[]): Change[] {
  const ids = Object.keys(reminders.$items.get());
  return rewrite(REMINDER, ids, Object.fromEntries(next.map((r) => [r.id, r])));
}

// --- the site-wide notice hidden («Скрыть») --------------------------------------------------

const noticeHidden = single<NoticeHidden>(NOTICE_HIDDEN, { day: '', ids: [] });
/**
 * Reminders whose notice the reader hid and the day they hid it (other days: nothing hidden), and
 * expired ones hidden until their date changes.
 */
export const $noticeHidden = noticeHidden.$value;

type Dated = Pick<Reminder, 'id' | 'date'>;

/**
 * Hide the notice of reminders `ids` on `day`; `expired` (already past their date) stay hidden until the
 * reader changes their date. Quiet tokens of this organisation's reminders since changed are
 * dropped; another organisation's stay.
 */
export function hideNoticeFor(
  day: string,
  ids: readonly string[],
  expired: readonly Dated[] = [],
): void {
  const now = $noticeHidden.get();
  const kept = now.day === day ? now.ids : [];
  const current = new Set($reminders.get().map((r) => quietToken(r.id, r.date)));
  // A token of a reminder this tab does not hold is another organisation's (the key is shared):
  // kept as it is. The newest MAX_REMINDERS are stored.
  const mine = new Set($reminders.get().map((r) => r.id));
  const quiet = [
    ...new Set([
      ...(now.quiet ?? []).filter((t) => current.has(t) || !mine.has(t.slice(0, t.indexOf('@')))),
      ...expired.map((r) => quietToken(r.id, r.date)),
    ]),
  ].slice(-MAX_REMINDERS);
  const hidden = [...new Set([...kept, ...ids])];
  noticeHidden.set(quiet.length ? { day, ids: hidden, quiet } : { day, ids: hidden });
}

// --- migration from the first layout ---------------------------------------------------------

migrateLegacy(LEGACY_REMINDERS, (legacy) => {
  let ok = true;
  let cleaned = 0;
  for (const { reminder, redacted } of legacy) {
    // Where both layouts hold the reminder, the higher sequence (the later edit) is kept.
    const have = reminders.stored(reminder.id);
    if (have && have.seq >= reminder.seq) continue;
    ok = reminders.put(reminder.id, reminder) && ok;
    if (redacted) cleaned += 1;
  }
  migratedCleaned += cleaned;
  $cleaned.set(reminders.$cleaned.get() + migratedCleaned);
  return ok;
});
