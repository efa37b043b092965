import { describe, expect, it } from 'vitest';
import {
  addYears,
  daysBetween,
  formatCalendarDate,
  formatRuDate,
  localDate,
  parseIsoDate,
  toIsoDate,
  type CalendarDate,
} from './dates';

const d = (y: number, m: number, day: number): CalendarDate => ({ y, m, d: day });

describe('formatRuDate', () => {
  it('formats ДД.ММ.ГГГГ with leading zeros', () => {
    expect(formatRuDate(new Date('2022-01-01'))).toBe('01.01.2022');
    expect(formatRuDate(new Date('2026-11-22'))).toBe('22.11.2026');
  });

  it('uses UTC parts', () => {
    expect(formatRuDate(new Date(Date.UTC(2026, 11, 31, 23, 59)))).toBe('31.12.2026');
    expect(formatRuDate(new Date(Date.UTC(2027, 0, 1, 0, 0)))).toBe('01.01.2027');
  });
});

describe('parseIsoDate', () => {
  it('accepts valid dates', () => {
    expect(parseIsoDate('2026-05-10')).toEqual(d(2026, 5, 10));
    expect(parseIsoDate('2026-01-01')).toEqual(d(2026, 1, 1));
    expect(parseIsoDate('2026-12-31')).toEqual(d(2026, 12, 31));
    expect(parseIsoDate('2026-02-28')).toEqual(d(2026, 2, 28));
    expect(parseIsoDate('2026-04-30')).toEqual(d(2026, 4, 30));
  });

  it('accepts 29 February in leap years only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual(d(2024, 2, 29));
    expect(parseIsoDate('2000-02-29')).toEqual(d(2000, 2, 29));
    expect(parseIsoDate('2025-02-29')).toBeUndefined();
    expect(parseIsoDate('2100-02-29')).toBeUndefined();
  });

  it.each([
    '2026-02-30',
    '2026-02-31',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-05-00',
    '2026-05-32',
    '1899-12-31',
  ])('rejects impossible date %s', (value) => {
    expect(parseIsoDate(value)).toBeUndefined();
  });

  it.each([
    '',
    ' ',
    'junk',
    '2026',
    '2026-05',
    '2026-5-10',
    '2026-05-1',
    '26-05-10',
    '20260510',
    '2026/05/10',
    '10.05.2026',
    ' 2026-05-10',
    '2026-05-10 ',
    '2026-05-10T00:00',
    '2026-05-10\n',
    '+02026-05-10',
    '２０２６-05-10',
  ])('rejects junk or partial input %j', (value) => {
    expect(parseIsoDate(value)).toBeUndefined();
  });
});

describe('toIsoDate', () => {
  it('pads every part', () => {
    expect(toIsoDate(d(2026, 1, 5))).toBe('2026-01-05');
    expect(toIsoDate(d(2026, 12, 31))).toBe('2026-12-31');
  });

  it('round-trips with parseIsoDate', () => {
    for (const value of ['2024-02-29', '2026-01-01', '2026-12-31', '1900-01-01']) {
      expect(toIsoDate(parseIsoDate(value)!)).toBe(value);
    }
  });
});

describe('formatCalendarDate', () => {
  it('formats ДД.ММ.ГГГГ', () => {
    expect(formatCalendarDate(d(2026, 1, 5))).toBe('05.01.2026');
    expect(formatCalendarDate(d(2027, 12, 31))).toBe('31.12.2027');
  });
});

describe('localDate', () => {
  it('uses local calendar parts late in the evening', () => {
    expect(localDate(new Date(2026, 11, 31, 23, 59))).toEqual(d(2026, 12, 31));
  });

  it('uses local calendar parts just after midnight', () => {
    expect(localDate(new Date(2027, 0, 1, 0, 0))).toEqual(d(2027, 1, 1));
    expect(localDate(new Date(2024, 1, 29, 0, 1))).toEqual(d(2024, 2, 29));
  });

  it('matches the local getters for any moment', () => {
    const now = new Date(2026, 2, 29, 2, 30);
    expect(localDate(now)).toEqual({
      y: now.getFullYear(),
      m: now.getMonth() + 1,
      d: now.getDate(),
    });
  });
});

describe('daysBetween', () => {
  it('is 0 for the same day', () => {
    expect(daysBetween(d(2026, 5, 10), d(2026, 5, 10))).toBe(0);
  });

  it('crosses a year end', () => {
    expect(daysBetween(d(2026, 12, 31), d(2027, 1, 1))).toBe(1);
    expect(daysBetween(d(2026, 12, 1), d(2027, 1, 31))).toBe(61);
  });

  it('crosses month ends', () => {
    expect(daysBetween(d(2026, 1, 31), d(2026, 3, 1))).toBe(29);
    expect(daysBetween(d(2026, 1, 31), d(2026, 2, 1))).toBe(1);
    expect(daysBetween(d(2026, 4, 30), d(2026, 5, 1))).toBe(1);
    expect(daysBetween(d(2026, 3, 28), d(2026, 4, 2))).toBe(5);
  });

  it('counts 29 February in leap years', () => {
    expect(daysBetween(d(2024, 1, 31), d(2024, 3, 1))).toBe(30);
    expect(daysBetween(d(2024, 2, 28), d(2024, 3, 1))).toBe(2);
    expect(daysBetween(d(2025, 2, 28), d(2025, 3, 1))).toBe(1);
    expect(daysBetween(d(2024, 1, 1), d(2025, 1, 1))).toBe(366);
    expect(daysBetween(d(2025, 1, 1), d(2026, 1, 1))).toBe(365);
    expect(daysBetween(d(2000, 1, 1), d(2001, 1, 1))).toBe(366);
    expect(daysBetween(d(2100, 1, 1), d(2101, 1, 1))).toBe(365);
  });

  it('is negative when the target is earlier', () => {
    expect(daysBetween(d(2027, 1, 1), d(2026, 12, 31))).toBe(-1);
    expect(daysBetween(d(2026, 3, 1), d(2026, 1, 31))).toBe(-29);
    expect(daysBetween(d(2026, 5, 10), d(2026, 5, 7))).toBe(-3);
  });

  it('is antisymmetric', () => {
    const a = d(2024, 2, 29);
    const b = d(2031, 7, 15);
    expect(daysBetween(a, b)).toBe(-daysBetween(b, a));
  });

  it('is unaffected by DST transitions (whole days only)', () => {
    // Last Sunday of March / October: DST changes in many time zones.
    expect(daysBetween(d(2026, 3, 28), d(2026, 3, 30))).toBe(2);
    expect(daysBetween(d(2026, 10, 24), d(2026, 10, 26))).toBe(2);
    expect(Number.isInteger(daysBetween(d(2026, 1, 1), d(2026, 7, 1)))).toBe(true);
  });
});

describe('addYears', () => {
  it('keeps day and month', () => {
    expect(addYears(d(2026, 5, 10), 1)).toEqual(d(2027, 5, 10));
    expect(addYears(d(2026, 12, 31), 10)).toEqual(d(2036, 12, 31));
  });

  it('clamps 29 February to 28 February in a common year', () => {
    expect(addYears(d(2024, 2, 29), 1)).toEqual(d(2025, 2, 28));
    expect(addYears(d(2024, 2, 29), 10)).toEqual(d(2034, 2, 28));
  });

  it('keeps 29 February when the target year is a leap year', () => {
    expect(addYears(d(2024, 2, 29), 4)).toEqual(d(2028, 2, 29));
  });

  it('works backwards', () => {
    expect(addYears(d(2024, 2, 29), -1)).toEqual(d(2023, 2, 28));
    expect(addYears(d(2026, 5, 10), -10)).toEqual(d(2016, 5, 10));
  });

  it('does not mutate its argument', () => {
    const date = d(2024, 2, 29);
    addYears(date, 1);
    expect(date).toEqual(d(2024, 2, 29));
  });
});
