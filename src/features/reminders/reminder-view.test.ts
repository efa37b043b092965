import { describe, expect, it } from 'vitest';
import { editTarget, noticeLine, viewReminder, viewReminders } from './reminder-view';
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
    expect(noticeLine([], '/')).toBeUndefined();
  });

  it('one entry: what, when, and «Уже продлил» to edit it', () => {
    const soon = views.filter((v) => v.reminder.id === 'r-soon1');
    expect(noticeLine(soon, '/eis/')).toEqual({
      text: 'Токен для сервисов отдачи: истекает через 3 дня (02.01.2027).',
      editText: 'Уже продлил — указать новую дату',
      editHref: '/eis/tools/reminder/#edit-r-soon1',
    });
  });

  it('more entries: one line with the count and the soonest, never «ещё записей»', () => {
    const line = noticeLine(views, '/')!;
    expect(line.text).toBe(
      'Сроки: 3 напоминания, ближайшее — Токен для сервисов отдачи: истёк 29 дней назад (01.12.2026).',
    );
    expect(line.text).not.toMatch(/ещё записей/);
    expect(line.editHref).toBe('/tools/reminder/#edit-r-gone1');
  });

  it('opens for editing only a well-formed id from the hash', () => {
    expect(editTarget('#edit-r-soon1')).toBe('r-soon1');
    expect(editTarget('#edit-<img>')).toBeUndefined();
    expect(editTarget('#edit-')).toBeUndefined();
    expect(editTarget('#vashi-napominaniya')).toBeUndefined();
  });
});
