/**
 * The .ics file for «Добавить в календарь»: one all-day event on the expiry date with alarms
 * 30 and 7 days before. Built with ical-generator (RFC 5545: CRLF line ends, escaping, folding at
 * 75 octets). This module is imported only when the reader clicks, so the library is not part
 * of any page's initial JavaScript.
 */
import ical, { ICalAlarmType } from 'ical-generator';
import { parseIsoDate } from './dates';
import { KINDS } from './expiry';
import type { Reminder } from './stored';

export const PRODID = { company: 'eis-integration-guide', product: 'reminder', language: 'RU' };
const DAY = 86_400;

export function icsFilename(reminder: Reminder): string {
  return `eis-${reminder.kind}-${reminder.date}.ics`;
}

export function buildIcs(reminder: Reminder, siteUrl: string): string {
  const date = parseIsoDate(reminder.date);
  if (!date) throw new Error(`invalid reminder date ${reminder.date}`);
  const kind = KINDS[reminder.kind];
  const what = reminder.label ? `${kind.label} — ${reminder.label}` : kind.label;
  const guide = kind.guide ? new URL(kind.guide.href.slice(1), siteUrl).href : undefined;
  const calendar = ical({ prodId: PRODID, name: 'ЕИС: сроки действия' });
  const start = new Date(Date.UTC(date.y, date.m - 1, date.d));
  const event = calendar.createEvent({
    id: `${reminder.id}@eis-integration-guide`,
    sequence: reminder.seq,
    start,
    allDay: true,
    timezone: 'UTC',
    summary: `Истекает срок: ${what}`,
    description: guide
      ? `Срок действия заканчивается сегодня. Как получить новый: ${guide}`
      : 'Срок действия заканчивается сегодня.',
    stamp: new Date(),
  });
  if (guide) event.url(guide);
  for (const days of [30, 7]) {
    event.createAlarm({
      type: ICalAlarmType.display,
      trigger: days * DAY,
      description: `Через ${days} дней истекает срок: ${what}`,
    });
  }
  // RFC 5545 ends every content line, the last one included, with CRLF.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
