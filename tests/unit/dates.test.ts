import { describe, expect, it } from 'vitest';
import { formatRuDate } from '../../src/lib/dates';

describe('formatRuDate', () => {
  it('formats ДД.ММ.ГГГГ with leading zeros', () => {
    expect(formatRuDate(new Date('2022-01-01'))).toBe('01.01.2022');
    expect(formatRuDate(new Date('2026-11-22'))).toBe('22.11.2026');
  });
});
