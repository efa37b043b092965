import { describe, expect, it } from 'vitest';
import { buildIcs, buildIcsForOrgs, futureAlarms, icsFilename } from './ics';
import { KINDS } from '../../../tests/helpers/kinds';
import type { Reminder } from '../../lib/storage/stored';

const reminder: Reminder = {
  id: 'r-abc123',
  kind: 'token',
  label: 'ГБУЗ «Областная больница», отдел закупок; корпус 2, кабинет 15 — длинная подпись',
  date: '2027-03-01',
  seq: 2,
};
// A frozen "now" well before the alarms.
const NOW = new Date(2026, 10, 29, 12, 0);
const ics = buildIcs(reminder, 'https://example.org/eis/', KINDS, NOW);
const bytes = (s: string) => new TextEncoder().encode(s).length;
/** Unfold RFC 5545 content lines (CRLF + one space/tab continues the previous line). */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('buildIcs', () => {
  it('uses CRLF line ends only', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every line at 75 octets, counting UTF-8 bytes, without splitting a character', () => {
    const lines = ics.split('\r\n').filter(Boolean);
    for (const line of lines) expect(bytes(line)).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // the Cyrillic summary was folded
    expect(ics).not.toContain('\uFFFD');
    // Folding must not cut a multi-byte character: each physical line is valid UTF-8 text.
    for (const line of lines)
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(
        line,
      );
  });

  it('is one all-day event on the expiry date with a stable UID and the SEQUENCE', () => {
    const text = unfold(ics);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain('DTSTART;VALUE=DATE:20270301\r\n');
    expect(text).toContain('UID:r-abc123@eis-integration-guide\r\n');
    expect(text).toContain('SEQUENCE:2\r\n');
    expect(buildIcs({ ...reminder, seq: 3 }, 'https://example.org/', KINDS)).toContain(
      'SEQUENCE:3',
    );
  });

  it('has display alarms at 09:00, 30 and 7 days before', () => {
    const text = unfold(ics);
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(2);
    // Relative to local midnight of the expiry day: 29 days 15 hours before is 09:00 of day −30.
    expect(text).toContain('TRIGGER:-P29DT15H\r\n');
    expect(text).toContain('TRIGGER:-P6DT15H\r\n');
    expect(text.match(/ACTION:DISPLAY/g)).toHaveLength(2);
    expect(text).toContain('Через 30 дней истекает срок');
    expect(text).toContain('Через 7 дней истекает срок');
  });

  it('leaves out alarms already in the past', () => {
    expect(futureAlarms('2027-03-01', new Date(2027, 0, 30, 9, 0)).map((a) => a.days)).toEqual([7]);
    expect(futureAlarms('2027-03-01', new Date(2027, 0, 30, 8, 59)).map((a) => a.days)).toEqual([
      30, 7,
    ]);
    const soon = unfold(
      buildIcs({ ...reminder, date: '2026-12-03' }, 'https://e.org/', KINDS, NOW),
    );
    expect(soon).not.toContain('BEGIN:VALARM');
    expect(futureAlarms('2026-12-10', NOW).map((a) => a.at.getHours())).toEqual([9]);
  });

  it('strips control characters and never splits a character of the label', () => {
    const nasty = buildIcs(
      { ...reminder, label: `a\u0007b\u001bc\u0000d\u007fe ${'😀'.repeat(90)}` },
      'https://e.org/',
      KINDS,
      NOW,
    );
    expect(unfold(nasty).replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(nasty).not.toContain('\uFFFD');
    expect(nasty).toContain('a b c d e');
  });

  it('never writes a label that looks like a secret', () => {
    const text = buildIcs(
      { ...reminder, label: '3f2504e0-4f89-11d3-9a0c-0305e82c3301' },
      'https://e.org/',
      KINDS,
      NOW,
    );
    expect(text).not.toContain('3f2504e0');
  });

  it('escapes text values and keeps the Cyrillic summary intact', () => {
    const text = unfold(ics);
    expect(text).toContain(
      'SUMMARY:Истекает срок: Токен для сервисов отдачи — ГБУЗ «Областная больница»\\, отдел закупок\\; корпус 2\\, кабинет 15 — длинная подпись\r\n',
    );
    expect(text).toContain('https://example.org/eis/services/token/');
  });

  it('names the file by kind and date', () => {
    expect(icsFilename(reminder)).toBe('eis-token-2027-03-01.ics');
  });
});

describe('buildIcsForOrgs', () => {
  const other: Reminder = { id: 'r-def456', kind: 'token', label: '', date: '2027-05-10', seq: 0 };
  const all = unfold(
    buildIcsForOrgs(
      [
        { org: 'Моя организация', orgId: '', reminder },
        { org: 'Гимназия-16', orgId: 'o-gym16', reminder: other },
        // A file loaded as a new organisation kept its reminder's id: another event all the same.
        { org: 'Школа 5', orgId: 'o-sch5', reminder },
      ],
      'https://example.org/eis/',
      KINDS,
      NOW,
    ),
  );

  it("holds every organisation's reminders, each summary and alarm named with its organisation", () => {
    expect(all.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(all).toMatch(/SUMMARY:Моя организация — Истекает срок: /);
    expect(all).toMatch(/SUMMARY:Гимназия-16 — Истекает срок: /);
    expect(all).toMatch(/DESCRIPTION:Гимназия-16 — Через 30 дней истекает срок: /);
    expect(all).toContain('UID:r-def456.o-gym16@eis-integration-guide');
    // The first organisation's UIDs are as they were; no UID twice.
    expect(all).toContain('UID:r-abc123@eis-integration-guide\r\n');
    expect(all).toContain('UID:r-abc123.o-sch5@eis-integration-guide');
    const uids = all.match(/^UID:.*$/gm)!;
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('a reminder of another organisation downloaded alone has the same UID as in the file of all', () => {
    expect(buildIcs(other, 'https://example.org/eis/', KINDS, NOW, 'o-gym16')).toContain(
      'UID:r-def456.o-gym16@eis-integration-guide',
    );
  });

  it('one organisation’s file is the same as before', () => {
    expect(
      buildIcsForOrgs([{ org: '', orgId: '', reminder }], 'https://example.org/eis/', KINDS, NOW),
    ).toBe(ics);
  });
});
