import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../lib/dates';
import {
  kindTable,
  MAX_YEARS_AHEAD,
  MAX_YEARS_BACK,
  SOON_DAYS,
  URGENT_DAYS,
  checkExpiryDate,
  expiryWording,
  isReminderKind,
  needsAttention,
  statusFor,
} from './expiry';

const TODAY: CalendarDate = { y: 2026, m: 5, d: 10 };

describe('statusFor', () => {
  it.each([
    [365, 'ok'],
    [31, 'ok'],
    [30, 'soon'],
    [8, 'soon'],
    [7, 'urgent'],
    [1, 'urgent'],
    [0, 'today'],
    [-1, 'expired'],
    [-400, 'expired'],
  ] as const)('%i days left → %s', (days, status) => {
    expect(statusFor(days)).toBe(status);
  });

  it('uses the exported thresholds', () => {
    expect(statusFor(SOON_DAYS)).toBe('soon');
    expect(statusFor(SOON_DAYS + 1)).toBe('ok');
    expect(statusFor(URGENT_DAYS)).toBe('urgent');
    expect(statusFor(URGENT_DAYS + 1)).toBe('soon');
  });
});

describe('needsAttention', () => {
  it('is true for 30 days or fewer, including today and expired', () => {
    expect(needsAttention(30)).toBe(true);
    expect(needsAttention(8)).toBe(true);
    expect(needsAttention(1)).toBe(true);
    expect(needsAttention(0)).toBe(true);
    expect(needsAttention(-1)).toBe(true);
    expect(needsAttention(-100)).toBe(true);
  });

  it('is false for more than 30 days', () => {
    expect(needsAttention(31)).toBe(false);
    expect(needsAttention(365)).toBe(false);
  });

  it('agrees with statusFor', () => {
    for (let n = -10; n <= 60; n += 1) {
      expect(needsAttention(n), `n = ${n}`).toBe(statusFor(n) !== 'ok');
    }
  });
});

describe('expiryWording', () => {
  it.each([
    [10, 'истекает через 10 дней'],
    [1, 'истекает завтра'],
    [2, 'истекает послезавтра'],
    [3, 'истекает через 3 дня'],
    [11, 'истекает через 11 дней'],
    [21, 'истекает через 21 день'],
    [0, 'истекает сегодня'],
    [-1, 'истёк вчера'],
    [-2, 'истёк позавчера'],
    [-3, 'истёк 3 дня назад'],
    [-5, 'истёк 5 дней назад'],
    [-21, 'истёк 21 день назад'],
  ])('%i → «%s»', (days, text) => {
    expect(expiryWording(days)).toBe(text);
  });
});

describe('isReminderKind', () => {
  it('accepts only the known kinds', () => {
    expect(isReminderKind('token')).toBe(true);
    expect(isReminderKind('edo')).toBe(true);
    expect(isReminderKind('other')).toBe(true);
    expect(isReminderKind('Token')).toBe(false);
    expect(isReminderKind('')).toBe(false);
    expect(isReminderKind(undefined)).toBe(false);
    expect(isReminderKind(1)).toBe(false);
  });

  it('has a label for every kind, and the guide title and link where a guide issues it', () => {
    const kinds = kindTable({ token: { title: 'Т', href: '/t/' } });
    for (const kind of Object.keys(kinds)) {
      expect(isReminderKind(kind)).toBe(true);
      expect(kinds[kind as keyof typeof kinds].label).not.toBe('');
    }
    expect(kinds.token).toEqual({
      label: 'Т',
      guide: { href: '/t/', title: 'Как получить новый токен' },
    });
    expect(kinds.other).toEqual({ label: 'Другое' });
  });
});

describe('checkExpiryDate', () => {
  it('asks for a date when empty', () => {
    for (const value of ['', '   ']) {
      const result = checkExpiryDate(value, TODAY);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toBe('Укажите дату окончания срока действия.');
    }
  });

  it.each(['2026-02-30', '2026-13-01', '2027-02-29', 'junk', '2026-5-1'])(
    'rejects impossible date %s',
    (value) => {
      const result = checkExpiryDate(value, TODAY);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/Такой даты нет в календаре/);
    },
  );

  it('rejects a date more than 10 years ahead', () => {
    for (const value of ['2036-05-11', '2037-01-01', '9999-12-31']) {
      const result = checkExpiryDate(value, TODAY);
      expect(result.ok, value).toBe(false);
      if (!result.ok) expect(result.error).toMatch(`${MAX_YEARS_AHEAD} лет`);
    }
  });

  it('accepts a date exactly 10 years ahead', () => {
    expect(checkExpiryDate('2036-05-10', TODAY)).toEqual({
      ok: true,
      date: { y: 2036, m: 5, d: 10 },
    });
  });

  it('clamps the 10-year limit when today is 29 February', () => {
    const leapToday: CalendarDate = { y: 2024, m: 2, d: 29 };
    expect(checkExpiryDate('2034-02-28', leapToday).ok).toBe(true);
    expect(checkExpiryDate('2034-03-01', leapToday).ok).toBe(false);
  });

  it('rejects a date more than 10 years back as a typo, and takes one exactly 10 years back', () => {
    for (const value of ['2016-05-09', '1926-05-10', '1999-12-31']) {
      const result = checkExpiryDate(value, TODAY);
      expect(result.ok, value).toBe(false);
      if (!result.ok) expect(result.error).toMatch(`${MAX_YEARS_BACK} лет назад`);
    }
    expect(checkExpiryDate('2016-05-10', TODAY).ok).toBe(true);
  });

  it('accepts today and near dates', () => {
    expect(checkExpiryDate('2026-05-10', TODAY).ok).toBe(true);
    expect(checkExpiryDate('2026-05-11', TODAY).ok).toBe(true);
  });

  it('accepts a past date, so the reminder can show it as expired', () => {
    expect(checkExpiryDate('2026-05-09', TODAY)).toEqual({
      ok: true,
      date: { y: 2026, m: 5, d: 9 },
    });
    expect(checkExpiryDate('2020-01-01', TODAY).ok).toBe(true);
  });

  it('trims surrounding whitespace', () => {
    expect(checkExpiryDate(' 2026-06-01 ', TODAY)).toEqual({
      ok: true,
      date: { y: 2026, m: 6, d: 1 },
    });
  });
});
