import { describe, expect, it } from 'vitest';
import { LAST_VISIT, decodeVisitDay, visitOn } from './last-visit';

describe('visitOn', () => {
  it('a first visit stores the day and marks nothing', () => {
    expect(visitOn(undefined, '2026-12-05')).toEqual({ next: { day: '2026-12-05' } });
  });

  it('a return on a later day keeps the previous day and compares with it', () => {
    expect(visitOn({ day: '2026-11-01', before: '2026-10-01' }, '2026-12-05')).toEqual({
      next: { day: '2026-12-05', before: '2026-11-01' },
      since: '2026-11-01',
    });
  });

  it('more pages the same day compare with the visit before, and write nothing', () => {
    expect(visitOn({ day: '2026-12-05', before: '2026-11-01' }, '2026-12-05')).toEqual({
      since: '2026-11-01',
    });
    expect(visitOn({ day: '2026-12-05' }, '2026-12-05')).toEqual({});
  });

  it('a clock set back never moves the day back', () => {
    expect(visitOn({ day: '2026-12-05', before: '2026-11-01' }, '2026-01-01')).toEqual({
      since: '2026-11-01',
    });
  });
});

describe('LAST_VISIT', () => {
  it('reads what it writes, only days, and nothing else', () => {
    const v = { day: '2026-12-05', before: '2026-11-01' };
    expect(LAST_VISIT.read(LAST_VISIT.write(v))).toEqual({ value: v });
    expect(LAST_VISIT.write({ day: '2026-12-05' })).toBe('{"v":1,"data":{"day":"2026-12-05"}}');
    for (const bad of [
      '{"v":1,"data":{"day":"2026-02-30"}}',
      '{"v":1,"data":{"day":"2026-12-05","before":"2026-12-06"}}',
      '{"v":1,"data":{"day":"2026-12-05","before":"x"}}',
      '{"v":2,"data":{"day":"2026-12-05"}}',
      'oops',
    ])
      expect(LAST_VISIT.read(bad), bad).toBeUndefined();
    expect(decodeVisitDay('2026-12-05')).toBe('2026-12-05');
    expect(decodeVisitDay('05.12.2026')).toBeUndefined();
  });
});
