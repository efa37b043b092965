/**
 * Reminders as stored: one key per reminder, `eis:v2:reminder:<id>` = {"v":1,"data":{…}}.
 * Every label passes the secret guard on the way in (decoding, import) and on the way out
 * (encoding, export, calendar), so a password, token or identifier is never kept or written.
 */
import { parseIsoDate } from '../../lib/dates';
import { isReminderKind } from './kinds';
import {
  KEYS,
  isObject,
  isReminderId,
  unwrap,
  wrap,
  type Reminder,
} from '../../lib/storage/stored';
import { isSecretLike } from '../../lib/secret-guard';

/** Label length in characters (code points). */
export const MAX_LABEL = 80;
/** A reader may keep this many reminders; the form refuses the next one visibly. */
export const MAX_REMINDERS = 200;

export const reminderKey = (id: string) => `${KEYS.reminderPrefix}${id}`;

/**
 * A label as it may be stored: control characters removed (RFC 5545 forbids them in calendar
 * text, and they have no place in a label), white space folded, cut to MAX_LABEL code points so
 * an emoji is never split. A label that looks like a secret becomes empty.
 */
export function cleanLabel(value: unknown): { label: string; redacted: boolean } {
  if (typeof value !== 'string') return { label: '', redacted: false };
  const text = value
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')
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

export function sanitizeReminder(value: unknown, id?: unknown): DecodedReminder | undefined {
  if (!isObject(value)) return undefined;
  const rid = id ?? value['id'];
  const { kind, date, seq } = value;
  if (!isReminderId(rid) || !isReminderKind(kind)) return undefined;
  if (typeof date !== 'string' || !parseIsoDate(date)) return undefined;
  const { label, redacted } = cleanLabel(value['label']);
  return {
    reminder: {
      id: rid,
      kind,
      label,
      date,
      seq: Number.isSafeInteger(seq) && (seq as number) >= 0 ? (seq as number) : 0,
    },
    redacted,
  };
}

export const decodeReminder = (id: string, raw: string | null | undefined) =>
  sanitizeReminder(unwrap(raw), id);

/** The stored form of a reminder: its id is the key; the label passes the guard again. */
export function encodeReminder(r: Reminder): string {
  return wrap({ kind: r.kind, label: cleanLabel(r.label).label, date: r.date, seq: r.seq });
}

/** Reminders from the v1 layout (one JSON array), for migration. */
export function decodeLegacyReminders(raw: string | null | undefined): Reminder[] {
  const value = unwrap(raw);
  if (!Array.isArray(value)) return [];
  const out: Reminder[] = [];
  for (const item of value) {
    // v1 allowed any lowercase id; map it to today's shape deterministically, so a reader's
    // reminder is never lost and migrating twice never duplicates it.
    const legacy = isObject(item) && typeof item['id'] === 'string' ? item['id'] : '';
    const id = `r-${legacy
      .replace(/^r-/, '')
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 32)
      .padEnd(4, '0')}`;
    const decoded = sanitizeReminder(item, id);
    if (decoded && !out.some((r) => r.id === decoded.reminder.id)) out.push(decoded.reminder);
  }
  return out;
}

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
