/**
 * Reminders as stored: one key per reminder, `eis:v2:reminder:<id>` = {"v":1,"data":{…}}.
 * Every label passes the secret guard on the way in (decoding, import) and on the way out
 * (encoding, export, calendar), so a password, token or identifier is never kept or written.
 */
import { INVISIBLE } from '../../lib/text-fold';
import { parseIsoDate } from '../../lib/dates';
import { isReminderKind } from './kinds';
import {
  MAX_REMINDERS,
  VERSION,
  isObject,
  isReminderId,
  type Legacy,
  type Reminder,
} from '../../lib/storage/stored';
import { LEGACY_REMINDERS_KEY, REMINDER_MAX_LENGTH, REMINDER_PREFIX } from '../../lib/storage/keys';
import { defineRecord } from '../../lib/storage/record';
import { isSecretLike } from '../../lib/secret-guard';

/** Label length in characters (code points). */
export const MAX_LABEL = 80;
export { MAX_REMINDERS };

/** The Web Lock that serialises «check the limit, then write» across this site's tabs. */
export const ADD_LOCK = 'eis:v2:reminder-add';

export const reminderKey = (id: string) => `${REMINDER_PREFIX}${id}`;

/**
 * A label as it may be stored: control characters removed (RFC 5545 forbids them in calendar
 * text, and they have no place in a label), white space folded, cut to MAX_LABEL code points so
 * an emoji is never split. A label that looks like a secret becomes empty.
 */
export function cleanLabel(value: unknown): { label: string; redacted: boolean } {
  if (typeof value !== 'string') return { label: '', redacted: false };
  const text = value
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')
    // Invisible characters (U+202E turns the date after the label around, U+200B hides in a
    // paste, U+3164 looks like nothing) go, as from organisations' names.
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  const label = Array.from(text).slice(0, MAX_LABEL).join('');
  return isSecretLike(text) ? { label: '', redacted: true } : { label, redacted: false };
}

export interface DecodedReminder {
  reminder: Reminder;
  /** The stored label looked like a secret and was dropped. */
  redacted: boolean;
}

/**
 * The one judgement of a reminder's shape — id, kind, a real calendar date (no month 13, no
 * 30 February), sequence — without the label. Pure and small: the inline notice precheck uses it
 * too, so a stored reminder is judged the same on every page. The raw label comes back as found.
 */
export function reminderShape(
  value: unknown,
  id?: unknown,
): (Omit<Reminder, 'label'> & { label: unknown }) | undefined {
  if (!isObject(value)) return undefined;
  const rid = id ?? value['id'];
  const { kind, date, seq } = value;
  if (!isReminderId(rid) || !isReminderKind(kind)) return undefined;
  if (typeof date !== 'string' || !parseIsoDate(date)) return undefined;
  const safeSeq = Number.isSafeInteger(seq) && (seq as number) >= 0 ? (seq as number) : 0;
  return { id: rid, kind, label: value['label'], date, seq: safeSeq };
}

export function sanitizeReminder(value: unknown, id?: unknown): DecodedReminder | undefined {
  const shape = reminderShape(value, id);
  if (!shape) return undefined;
  // Only a 'secret' verdict of the guard drops a label; anything less keeps it as written.
  const { label, redacted } = cleanLabel(shape.label);
  return { reminder: { ...shape, label }, redacted };
}

/** One reminder: `eis:v2:reminder:<id>` = {"v":1,"data":{kind,label,date,seq}}. */
export const REMINDER = /* @__PURE__ */ defineRecord<Reminder>({
  key: REMINDER_PREFIX,
  version: VERSION,
  decode(data, id) {
    const decoded = sanitizeReminder(data, id);
    return decoded && { value: decoded.reminder, dirty: decoded.redacted };
  },
  // The id is the key; the label passes the guard again on the way out.
  encode: (r) => ({ kind: r.kind, label: cleanLabel(r.label).label, date: r.date, seq: r.seq }),
  // Kind, an 80-character label, a date and a sequence fit in far less.
  maxLength: REMINDER_MAX_LENGTH,
});

export function decodeReminder(
  id: string,
  raw: string | null | undefined,
): DecodedReminder | undefined {
  const decoded = REMINDER.read(raw, id);
  return decoded && { reminder: decoded.value, redacted: decoded.dirty === true };
}

/** The stored form of a reminder: its id is the key; the label passes the guard again. */
export const encodeReminder = (r: Reminder): string => REMINDER.write(r);

/** A reminder of the first layout, and whether the guard dropped its label. */
export type LegacyReminders = Legacy<DecodedReminder[], unknown[]>;

/**
 * The first layout's reminders (one array, `{"v":1,"data":[…]}`), for migration. Items that
 * cannot be read are the leftover, kept under the legacy key.
 */
export const LEGACY_REMINDERS = /* @__PURE__ */ defineRecord<LegacyReminders>({
  key: LEGACY_REMINDERS_KEY,
  version: VERSION,
  decode(data) {
    if (!Array.isArray(data)) return undefined;
    const value: DecodedReminder[] = [];
    const leftover: unknown[] = [];
    for (const item of data) {
      // v1 allowed any lowercase id; map it to today's shape deterministically, so a reader's
      // reminder is never lost and migrating twice never duplicates it.
      const legacy = isObject(item) && typeof item['id'] === 'string' ? item['id'] : '';
      const id = `r-${legacy
        .replace(/^r-/, '')
        .replace(/[^a-z0-9]/g, '')
        .slice(0, 32)
        .padEnd(4, '0')}`;
      const decoded = sanitizeReminder(item, id);
      if (!decoded) leftover.push(item);
      else {
        const same = value.findIndex((d) => d.reminder.id === id);
        if (same === -1) value.push(decoded);
        else if (decoded.reminder.seq > value[same]!.reminder.seq) value[same] = decoded;
      }
    }
    return { value: { value, leftover: leftover.length ? leftover : undefined } };
  },
  encode: (legacy) => legacy.leftover ?? [],
  maxLength: 1_000_000,
});

/** Reminders from the v1 layout (one JSON array); none when unreadable. */
export const decodeLegacyReminders = (raw: string | null | undefined): Reminder[] =>
  LEGACY_REMINDERS.read(raw)?.value.value.map((d) => d.reminder) ?? [];

export function newReminderId(random: () => string = defaultRandom): string {
  return `r-${random()
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 24)
    .padEnd(4, '0')}`;
}

function defaultRandom(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}${Math.random()}`.replace('.', '');
}
