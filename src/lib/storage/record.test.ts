/**
 * The storage registry: every key the site writes is declared by one record, and each record
 * writes exactly the bytes the site has always written (readers' stored data stays readable).
 */
import { HAS_CREDENTIALS } from '../../features/plan/credentials';
import { describe, expect, it, vi } from 'vitest';
import { defineRecord } from './record';
import { ALL_KEYS } from './keys';
import { PLAN, TICK } from './stored';
import { LEGACY_TICKS } from './migrate-ticks';
import { NOTICE_HIDDEN } from './notice-hidden';
import { PLAN_PANEL_HIDDEN } from '../../features/plan/plan-panel.hide';
import { LEGACY_REMINDERS, REMINDER } from '../../features/reminders/reminder-codec';
import { ORGS } from '../../features/orgs/orgs';
import { LAST_VISIT } from '../../features/changes/last-visit';

describe('the storage registry', () => {
  it('declares every key of KEYS once', () => {
    const declared = [
      TICK,
      REMINDER,
      PLAN,
      NOTICE_HIDDEN,
      PLAN_PANEL_HIDDEN,
      LEGACY_TICKS,
      LEGACY_REMINDERS,
      HAS_CREDENTIALS,
      ORGS,
      LAST_VISIT,
    ];
    expect(declared.map((r) => r.key).sort()).toEqual([...ALL_KEYS].sort());
  });

  it('writes the bytes of the earlier layout', () => {
    expect(TICK.write('1')).toBe('1');
    expect(
      REMINDER.write({
        id: 'r-abcd1234',
        kind: 'token',
        label: 'Школа',
        date: '2027-01-01',
        seq: 2,
      }),
    ).toBe('{"v":1,"data":{"kind":"token","label":"Школа","date":"2027-01-01","seq":2}}');
    expect(PLAN.write({ needs: ['services'], ris: 'yes', roles: 'no' })).toBe(
      '{"v":1,"data":{"needs":["services"],"ris":"yes","roles":"no"}}',
    );
    expect(NOTICE_HIDDEN.write({ day: '2026-06-15', ids: ['r-abcd1234'] })).toBe(
      '{"v":1,"data":{"day":"2026-06-15","ids":["r-abcd1234"]}}',
    );
    expect(PLAN_PANEL_HIDDEN.write('3yn')).toBe('{"v":1,"data":{"plan":"3yn"}}');
  });

  it('reads each value it writes, and nothing else', () => {
    expect(TICK.read('1', 'token:a')).toEqual({ value: '1' });
    expect(TICK.read('1', 'Token:a')).toBeUndefined();
    expect(TICK.read('11', 'token:a')).toBeUndefined();
    // A tick made against a step's text hash (src/site/step-hash.ts) keeps it.
    expect(TICK.write('0123abcd')).toBe('0123abcd');
    expect(TICK.read('0123abcd', 'token:a')).toEqual({ value: '0123abcd' });
    expect(TICK.read('0123ABCD', 'token:a')).toBeUndefined();
    expect(TICK.read('0123abcd0', 'token:a')).toBeUndefined();
    expect(PLAN_PANEL_HIDDEN.read(PLAN_PANEL_HIDDEN.write('3yn'))).toEqual({ value: '3yn' });
    expect(PLAN.read('{"v":2,"data":{"needs":["send"]}}')).toBeUndefined();
  });

  it('never parses text longer than its bound, and never throws from a decoder', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const record = defineRecord<string>({
      key: 'eis:test:bounded',
      version: 1,
      decode: () => {
        throw new Error('a broken decoder');
      },
      encode: (v) => v,
      maxLength: 16,
    });
    expect(record.read(JSON.stringify({ v: 1, data: 'x'.repeat(20) }))).toBeUndefined();
    expect(parse).not.toHaveBeenCalled();
    expect(record.read('{"v":1,"data":1}')).toBeUndefined();
    parse.mockRestore();
  });
});

describe('the first layout of ticks', () => {
  // An audit of round 29: a list named «__proto__» set the leftover's prototype, and the old key
  // was removed with it unread.
  it('keeps a list named «__proto__» as an unreadable entry of its own', () => {
    const text = '{"v":1,"data":{"__proto__":["step-a"],"token":["token-eis-save"]}}';
    const read = LEGACY_TICKS.decode(JSON.parse(text).data, '');
    expect(read?.value.leftover && Object.keys(read.value.leftover)).toEqual(['__proto__']);
  });
});
