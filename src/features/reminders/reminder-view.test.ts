import { describe, expect, it } from 'vitest';
import {
  NOTICE_LONGEST_WORDING,
  editTarget,
  noticeLine,
  noticeSubject,
  viewReminder,
  viewReminders,
} from './reminder-view';
import { REMINDER_KINDS } from './kinds';
import { KINDS } from '../../../tests/helpers/kinds';
import type { Reminder } from '../../lib/storage/stored';

const now = new Date(2026, 11, 30, 23, 30); // 30 Dec 2026, late evening, local time
const r = (id: string, kind: Reminder['kind'], date: string, label = ''): Reminder => ({
  id,
  kind,
  label,
  date,
  seq: 0,
});

describe('reminder view', () => {
  it('says what expires, when, and links the renewing guide', () => {
    const v = viewReminder(r('r-a', 'token', '2027-01-09', 'Отдел закупок'), now, KINDS)!;
    expect(v).toMatchObject({
      title: 'Токен для сервисов отдачи — Отдел закупок',
      dateText: '09.01.2027',
      daysLeft: 10,
      status: 'soon',
      wording: 'истекает через 10 дней',
      attention: true,
      guide: { href: '/services/token/' },
    });
    expect(viewReminder(r('r-b', 'other', '2027-06-01'), now, KINDS)).not.toHaveProperty('guide');
  });

  it('sorts soonest first and drops entries with impossible dates', () => {
    const views = viewReminders(
      [
        r('r-late', 'edo', '2027-06-01'),
        r('r-bad', 'edo', '2027-02-30'),
        r('r-past', 'token', '2026-12-27'),
      ],
      now,
      KINDS,
    );
    expect(views.map((v) => [v.reminder.id, v.wording])).toEqual([
      ['r-past', 'истёк 3 дня назад'],
      ['r-late', 'истекает через 153 дня'],
    ]);
  });
});

describe('the notice line', () => {
  const views = viewReminders(
    [
      r('r-late1', 'edo', '2027-01-20'),
      r('r-soon1', 'token', '2027-01-02'),
      r('r-gone1', 'token', '2026-12-01'),
    ],
    now,
    KINDS,
  );

  it('is nothing without entries', () => {
    expect(noticeLine([], '/', KINDS)).toBeUndefined();
  });

  it('one entry: what, when, the count, and «Уже продлил» to edit it', () => {
    const soon = views.filter((v) => v.reminder.id === 'r-soon1');
    expect(noticeLine(soon, '/eis/', KINDS)).toEqual({
      text: 'Токен для сервисов отдачи: истекает через 3 дня — 02.01.2027',
      count: 1,
      editHref: '/eis/tools/reminder/#edit-r-soon1',
    });
  });

  it('more entries: the soonest and the count, never «ещё записей» nor a reader label', () => {
    const labelled = viewReminders(
      [r('r-gone1', 'token', '2026-12-01', 'Отдел закупок'), r('r-soon1', 'edo', '2027-01-02')],
      now,
      KINDS,
    );
    const line = noticeLine(labelled, '/', KINDS)!;
    expect(line.text).toBe('Токен для сервисов отдачи: истёк 29 дней назад — 01.12.2026');
    expect(line.count).toBe(2);
    expect(line.text).not.toMatch(/ещё записей|Отдел закупок/);
    expect(line.editHref).toBe('/tools/reminder/#edit-r-gone1');
  });

  it('is never longer than the box reserved for it', () => {
    const longest = Math.max(
      ...REMINDER_KINDS.map((k) => `${noticeSubject(k, KINDS)}: ${NOTICE_LONGEST_WORDING}`.length),
    );
    const days = [-9999, -400, -32, -2, -1, 0, 1, 2, 3, 22, 30];
    for (const kind of REMINDER_KINDS)
      for (const d of days) {
        const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + d);
        const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
        const line = noticeLine(
          viewReminders([r('r-x1234', kind, iso, 'x'.repeat(80))], now, KINDS),
          '/',
          KINDS,
        )!;
        expect(line.text.length, line.text).toBeLessThanOrEqual(longest);
      }
  });

  it('opens for editing only a well-formed id from the hash', () => {
    expect(editTarget('#edit-r-soon1')).toBe('r-soon1');
    expect(editTarget('#edit-<img>')).toBeUndefined();
    expect(editTarget('#edit-')).toBeUndefined();
    expect(editTarget('#vashi-napominaniya')).toBeUndefined();
  });
});
