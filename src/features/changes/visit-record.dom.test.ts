/**
 * The inline visit record (visit-record.ts, every page, before the first paint) writes what
 * visitOn (last-visit.ts) decides, in the form LAST_VISIT reads, and never throws.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEYS } from '../../lib/storage/keys';
import { LAST_VISIT, visitOn } from './last-visit';
import { recordVisit } from './visit-record';

const NOW = new Date(2026, 11, 5, 12); // 05.12.2026, the reader's local noon
const TODAY = '2026-12-05';
const stored = () => localStorage.getItem(KEYS.lastVisit);

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('recordVisit', () => {
  const cases: [string, string | null][] = [
    ['nothing stored', null],
    ['an earlier day', '{"v":1,"data":{"day":"2026-11-20"}}'],
    [
      'an earlier day with one before it',
      '{"v":1,"data":{"day":"2026-11-20","before":"2026-10-01"}}',
    ],
    ['today, after an earlier visit', '{"v":1,"data":{"day":"2026-12-05","before":"2026-11-20"}}'],
    ['today, first visit', '{"v":1,"data":{"day":"2026-12-05"}}'],
    ['a later day (the clock set back)', '{"v":1,"data":{"day":"2027-01-10"}}'],
    ['not JSON', '{broken'],
    ['another version', '{"v":2,"data":{"day":"2026-11-20"}}'],
    ['an impossible day', '{"v":1,"data":{"day":"2026-02-30"}}'],
    ['a day of the wrong type', '{"v":1,"data":{"day":20261120}}'],
  ];

  it.each(cases)('%s: stores what visitOn decides', (_name, before) => {
    if (before !== null) localStorage.setItem(KEYS.lastVisit, before);
    const { next } = visitOn(LAST_VISIT.read(before)?.value, TODAY);
    recordVisit(NOW);
    expect(stored()).toBe(next ? LAST_VISIT.write(next) : before);
    expect(LAST_VISIT.read(stored())?.value.day).toBe(
      next?.day ?? LAST_VISIT.read(before)?.value.day,
    );
  });

  it('never throws when storage refuses', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => recordVisit(NOW)).not.toThrow();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => recordVisit(NOW)).not.toThrow();
  });
});
