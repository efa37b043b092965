/**
 * The .ics file for «Добавить в календарь»: one all-day event on the expiry date with alarms at
 * 09:00 local time 30 and 7 days before (alarms already in the past are left out). The label
 * passes the secret guard and loses control characters (RFC 5545 §3.3.11). Built with ical-generator (RFC 5545: CRLF line ends, escaping, folding at
 * 75 octets). This module is imported only when the reader clicks, so the library is not part
 * of any page's initial JavaScript.
 */
import ical, { ICalAlarmType } from 'ical-generator';
import { parseIsoDate } from '../../lib/dates';
import type { KindTable } from './expiry';
import type { Reminder } from '../../lib/storage/stored';
import { cleanLabel } from './reminder-codec';
import { ensureRandomUUID } from '../old-browsers/random-uuid';

export const PRODID = { company: 'eis-integration-guide', product: 'reminder', language: 'RU' };
const DAY = 86_400;
export const ALARM_DAYS = [30, 7] as const;
export const ALARM_HOUR = 9;
/** «30 дней», «7 дней». */
const dayCount = new Intl.NumberFormat('ru', { style: 'unit', unit: 'day', unitDisplay: 'long' });

export function icsFilename(reminder: Reminder): string {
  return `eis-${reminder.kind}-${reminder.date}.ics`;
}

/** Local moments of the alarms that are still ahead of `now`, with their days before. */
export function futureAlarms(date: string, now: Date): { days: number; at: Date }[] {
  const d = parseIsoDate(date);
  if (!d) return [];
  return ALARM_DAYS.map((days) => ({
    days,
    at: new Date(d.y, d.m - 1, d.d - days, ALARM_HOUR),
  })).filter((a) => a.at.getTime() > now.getTime());
}

/** `orgId`: the organisation the reminder is kept for ('' or none: the first one). */
export function buildIcs(
  reminder: Reminder,
  siteUrl: string,
  kinds: KindTable,
  now: Date = new Date(),
  orgId = '',
): string {
  return buildCalendar([{ reminder, orgId }], siteUrl, kinds, now);
}

/**
 * An event's UID: the reminder's id, and after the first organisation the organisation's id too
 * (a file loaded as a new organisation keeps its reminders' ids; one UID for two organisations'
 * deadlines would be one event to a calendar). The first organisation's UIDs are as they were.
 */
export const eventUid = (reminderId: string, orgId = ''): string =>
  `${reminderId}${orgId ? `.${orgId}` : ''}@eis-integration-guide`;

/**
 * One .ics with every organisation's reminders (issue 22): each event's summary and alarms start
 * with its organisation's name, «Гимназия-16 — Истекает срок: …». The names passed the secret
 * guard when they were saved and pass it again here.
 */
export function buildIcsForOrgs(
  items: readonly { org: string; orgId: string; reminder: Reminder }[],
  siteUrl: string,
  kinds: KindTable,
  now: Date = new Date(),
): string {
  return buildCalendar(items, siteUrl, kinds, now);
}

function buildCalendar(
  items: readonly { org?: string; orgId?: string; reminder: Reminder }[],
  siteUrl: string,
  kinds: KindTable,
  now: Date,
): string {
  ensureRandomUUID(); // ical-generator needs it; Safari 15.0–15.3 and plain http lack it
  const calendar = ical({ prodId: PRODID, name: 'ЕИС: сроки действия' });
  for (const { org, orgId, reminder } of items) {
    const date = parseIsoDate(reminder.date);
    if (!date) throw new Error(`invalid reminder date ${reminder.date}`);
    const kind = kinds[reminder.kind];
    const label = cleanLabel(reminder.label).label;
    const name = org ? cleanLabel(org).label : '';
    const what = label ? `${kind.label} — ${label}` : kind.label;
    const who = name ? `${name} — ` : '';
    const guide = kind.guide ? new URL(kind.guide.href.slice(1), siteUrl).href : undefined;
    const start = new Date(Date.UTC(date.y, date.m - 1, date.d));
    const event = calendar.createEvent({
      id: eventUid(reminder.id, orgId),
      sequence: reminder.seq,
      start,
      allDay: true,
      timezone: 'UTC',
      summary: `${who}Истекает срок: ${what}`,
      description: guide
        ? `Срок действия заканчивается сегодня. Как получить новый: ${guide}`
        : 'Срок действия заканчивается сегодня.',
      stamp: now,
    });
    if (guide) event.url(guide);
    for (const { days } of futureAlarms(reminder.date, now)) {
      // Relative to the start of the all-day event (local midnight): N days before, at 09:00.
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: days * DAY - ALARM_HOUR * 3600,
        description: `${who}Через ${dayCount.format(days)} истекает срок: ${what}`,
      });
    }
  }
  // RFC 5545 ends every content line, the last one included, with CRLF.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
