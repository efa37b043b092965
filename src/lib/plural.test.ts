import { describe, expect, it } from 'vitest';
import { pluralForm, pluralRu, type Forms } from './plural';

const DAYS: Forms = ['день', 'дня', 'дней'];

/** The Russian rule written out independently of the implementation, by cases. */
function expectedForm(n: number): 'one' | 'few' | 'many' {
  const abs = Math.abs(n);
  const lastTwo = abs % 100;
  const last = abs % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return 'many';
  if (last === 1) return 'one';
  if (last === 2 || last === 3 || last === 4) return 'few';
  return 'many';
}

const FORMS: Forms = ['one', 'few', 'many'];

describe('pluralForm', () => {
  it('follows the Russian rule for every n from 0 to 111', () => {
    for (let n = 0; n <= 111; n += 1) {
      expect(pluralForm(n, FORMS), `n = ${n}`).toBe(expectedForm(n));
    }
  });

  it.each([
    [0, 'дней'],
    [1, 'день'],
    [2, 'дня'],
    [3, 'дня'],
    [4, 'дня'],
    [5, 'дней'],
    [10, 'дней'],
    [11, 'дней'],
    [12, 'дней'],
    [13, 'дней'],
    [14, 'дней'],
    [15, 'дней'],
    [20, 'дней'],
    [21, 'день'],
    [22, 'дня'],
    [24, 'дня'],
    [25, 'дней'],
    [100, 'дней'],
    [101, 'день'],
    [102, 'дня'],
    [111, 'дней'],
    [112, 'дней'],
    [114, 'дней'],
    [121, 'день'],
    [1001, 'день'],
  ])('%i → %s', (n, form) => {
    expect(pluralForm(n, DAYS)).toBe(form);
  });

  it('uses the absolute value for negative numbers', () => {
    expect(pluralForm(-1, DAYS)).toBe('день');
    expect(pluralForm(-2, DAYS)).toBe('дня');
    expect(pluralForm(-5, DAYS)).toBe('дней');
    expect(pluralForm(-11, DAYS)).toBe('дней');
    expect(pluralForm(-21, DAYS)).toBe('день');
    expect(pluralForm(-104, DAYS)).toBe('дня');
    for (let n = 1; n <= 111; n += 1) {
      expect(pluralForm(-n, FORMS), `n = -${n}`).toBe(pluralForm(n, FORMS));
    }
  });

  it('truncates fractions before choosing the form', () => {
    expect(pluralForm(1.5, DAYS)).toBe('день');
    expect(pluralForm(2.9, DAYS)).toBe('дня');
  });
});

describe('pluralRu', () => {
  it('prefixes the number', () => {
    expect(pluralRu(1, DAYS)).toBe('1 день');
    expect(pluralRu(2, DAYS)).toBe('2 дня');
    expect(pluralRu(5, DAYS)).toBe('5 дней');
    expect(pluralRu(11, DAYS)).toBe('11 дней');
    expect(pluralRu(12, DAYS)).toBe('12 дней');
    expect(pluralRu(13, DAYS)).toBe('13 дней');
    expect(pluralRu(14, DAYS)).toBe('14 дней');
    expect(pluralRu(21, DAYS)).toBe('21 день');
    expect(pluralRu(22, DAYS)).toBe('22 дня');
    expect(pluralRu(101, DAYS)).toBe('101 день');
    expect(pluralRu(111, DAYS)).toBe('111 дней');
    expect(pluralRu(0, DAYS)).toBe('0 дней');
    expect(pluralRu(-3, DAYS)).toBe('-3 дня');
  });

  it('works with other word forms', () => {
    const years: Forms = ['год', 'года', 'лет'];
    expect(pluralRu(1, years)).toBe('1 год');
    expect(pluralRu(3, years)).toBe('3 года');
    expect(pluralRu(10, years)).toBe('10 лет');
  });
});
