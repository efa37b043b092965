/**
 * Expiry reminders, one entry per key (see persist.ts). Labels pass the secret guard when read:
 * a stored label that looks like a password, token or identifier is dropped from storage, and
 * `$cleanedLabels` counts it so the page can say so. Reminders of the v1 layout are migrated on
 * first load, then removed.
 */
import { collection, derived, store } from '../../lib/storage/persist';
import { KEYS, type Reminder } from '../../lib/storage/stored';
import {
  MAX_REMINDERS,
  cleanLabel,
  decodeLegacyReminders,
  decodeReminder,
  encodeReminder,
  newReminderId,
} from './reminder-codec';

const reminders = collection<Reminder>(
  KEYS.reminderPrefix,
  (id, raw) => {
    const decoded = decodeReminder(id, raw);
    return decoded && { value: decoded.reminder, dirty: decoded.redacted };
  },
  encodeReminder,
);

export const $reminders = derived(reminders.$items, (items) =>
  Object.values(items).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
);
/** Stored reminders that could not be read. */
export const $unreadableReminders = reminders.$unreadable;
/** Stored labels dropped because they looked like a password, token or identifier. */
export const $cleanedLabels = reminders.$cleaned;

export type SaveResult = { ok: true; reminder: Reminder } | { ok: false; reason: 'limit' };

export function saveReminder(input: Omit<Reminder, 'id' | 'seq'> & { id?: string }): SaveResult {
  const items = reminders.$items.get();
  const existing = input.id ? items[input.id] : undefined;
  if (!existing && Object.keys(items).length >= MAX_REMINDERS) {
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

export function deleteReminder(id: string): void {
  reminders.drop(id);
}

/** Make the stored reminders equal to `next` (import, undo). */
export function replaceReminders(next: readonly Reminder[]): void {
  reminders.replace(Object.fromEntries(next.map((r) => [r.id, r])));
}

function migrateReminders(): void {
  const old = store.get(KEYS.legacyReminders);
  if (old === undefined) return;
  let ok = true;
  const have = reminders.$items.get();
  for (const r of decodeLegacyReminders(old)) {
    if (!have[r.id]) ok = reminders.put(r.id, r) && ok;
  }
  if (ok) store.remove(KEYS.legacyReminders);
}
migrateReminders();
