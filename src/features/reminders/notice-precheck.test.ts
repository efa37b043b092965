import { describe, expect, it } from 'vitest';
import { noticePrecheck } from './notice-precheck';
import { noticeViews } from './notice.client';
import { KINDS } from '../../../tests/helpers/kinds';
import { KEYS } from '../../lib/storage/keys';
import type { Reminder } from '../../lib/storage/stored';
import {
  NOTICE_HIDDEN,
  decodeNoticeHidden,
  encodeNoticeHidden,
  hiddenOn,
  isNoticeHidden,
} from '../../lib/storage/notice-hidden';
import { decodeReminder, encodeReminder } from './reminder-codec';

/** Storage holding `entries`, as localStorage would. */
function storage(entries: Record<string, string>) {
  const keys = Object.keys(entries);
  return {
    length: keys.length,
    key: (i: number) => keys[i] ?? null,
    getItem: (k: string) => entries[k] ?? null,
  };
}

/**
 * What the notice's module shows from the same storage: its own decision (noticeViews), over the
 * reminders as the store decodes them (decodeReminder, one key per reminder).
 */
function moduleDecision(entries: Record<string, string>, now: Date): boolean {
  const reminders: Reminder[] = Object.entries(entries).flatMap(([key, raw]) =>
    key.startsWith(KEYS.reminderPrefix)
      ? (decodeReminder(key.slice(KEYS.reminderPrefix.length), raw)?.reminder ?? [])
      : [],
  );
  return noticeViews(reminders, entries[KEYS.noticeHidden], now, KINDS).length > 0;
}

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);
const reminderEntry = (id: string, date: string): [string, string] => [
  KEYS.reminderPrefix + id,
  encodeReminder({ id, kind: 'token', label: '', date, seq: 0 }),
];

describe('notice precheck agrees with the notice', () => {
  const now = at(2026, 11, 29, 23);
  const cases: Record<string, string>[] = [
    {},
    Object.fromEntries([reminderEntry('r-aaaa0001', '2026-12-29')]), // 30 days: shows
    Object.fromEntries([reminderEntry('r-aaaa0001', '2026-12-30')]), // 31 days: no
    Object.fromEntries([reminderEntry('r-aaaa0001', '2020-01-01')]), // expired: shows
    Object.fromEntries([reminderEntry('r-aaaa0001', '2026-11-29')]), // today
    Object.fromEntries([
      reminderEntry('r-aaaa0001', '2026-12-01'),
      [KEYS.noticeHidden, encodeNoticeHidden('2026-11-29', ['r-aaaa0001'])],
    ]),
    Object.fromEntries([
      reminderEntry('r-aaaa0001', '2026-12-01'),
      [KEYS.noticeHidden, encodeNoticeHidden('2026-11-28', ['r-aaaa0001'])],
    ]),
    Object.fromEntries([
      reminderEntry('r-aaaa0001', '2026-12-01'),
      reminderEntry('r-aaaa0002', '2026-12-02'),
      [KEYS.noticeHidden, encodeNoticeHidden('2026-11-29', ['r-aaaa0001'])],
    ]),
    // Expired and hidden on an earlier day until changed: quiet today too.
    Object.fromEntries([
      reminderEntry('r-aaaa0001', '2026-11-01'),
      [KEYS.noticeHidden, encodeNoticeHidden('2026-11-02', [], ['r-aaaa0001@2026-11-01'])],
    ]),
    // …until the reader changes its date: then it speaks again.
    Object.fromEntries([
      reminderEntry('r-aaaa0001', '2026-11-20'),
      [KEYS.noticeHidden, encodeNoticeHidden('2026-11-02', [], ['r-aaaa0001@2026-11-01'])],
    ]),
    { [KEYS.reminderPrefix + 'r-aaaa0001']: '{' },
    { [KEYS.reminderPrefix + 'r-aaaa0001']: '{"v":1,"data":{"kind":"token","date":"2026-02-30"}}' },
    { [KEYS.noticeHidden]: 'junk', other: 'x' },
    {
      [KEYS.reminderPrefix + 'bad-id']: encodeReminder({
        id: 'x',
        kind: 'token',
        label: '',
        date: '2026-12-01',
        seq: 0,
      }),
    },
    { [KEYS.reminderPrefix + 'r-aaaa0001']: '{"v":1,"data":{"kind":"car","date":"2026-12-01"}}' },
    { [KEYS.reminderPrefix + 'r-aaaa0001']: '{"v":1,"data":{"kind":"edo","date":"1800-12-01"}}' },
    // Month 13 or 0 is no date, for the module and the precheck alike.
    { [KEYS.reminderPrefix + 'r-aaaa0001']: '{"v":1,"data":{"kind":"edo","date":"2025-13-15"}}' },
    { [KEYS.reminderPrefix + 'r-aaaa0001']: '{"v":1,"data":{"kind":"edo","date":"2026-00-15"}}' },
    // Longer than the record reads (an audit of round 29: the notice flashed, then collapsed).
    {
      [KEYS.reminderPrefix + 'r-aaaa0001']: JSON.stringify({
        v: 1,
        data: { kind: 'token', label: 'Ш'.repeat(3000), date: '2026-12-01', seq: 0 },
      }),
    },
  ];

  it.each(cases.map((c, i) => [i, c] as const))('case %i', (_i, entries) => {
    expect(noticePrecheck(storage(entries), now) === 2).toBe(moduleDecision(entries, now));
  });

  it('loads the notice for reminders still in the first layout, so they migrate and show', () => {
    const legacy = JSON.stringify({
      v: 1,
      data: [{ id: 'r-aaaa0001', kind: 'token', label: '', date: '2026-12-02' }],
    });
    expect(noticePrecheck(storage({ [KEYS.legacyReminders]: legacy }), now)).toBe(1);
  });

  it('does not read a «hidden» value too long to be ours', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `r-${String(i).padStart(8, '0')}`);
    const entries = Object.fromEntries([
      reminderEntry('r-00000001', '2026-12-01'),
      [KEYS.noticeHidden, JSON.stringify({ v: 1, data: { day: '2026-11-29', ids } })],
    ]);
    expect(noticePrecheck(storage(entries), now)).toBe(2);
    expect(moduleDecision(entries, now)).toBe(true);
  });

  it('keeps an expired reminder the reader hid quiet on later days, until its date changes', () => {
    const hidden = encodeNoticeHidden('2026-11-02', ['r-aaaa0002'], ['r-aaaa0001@2026-11-01']);
    const quiet = Object.fromEntries([
      reminderEntry('r-aaaa0001', '2026-11-01'),
      [KEYS.noticeHidden, hidden],
    ]);
    expect(noticePrecheck(storage(quiet), now)).toBe(1);
    const changed = {
      ...quiet,
      ...Object.fromEntries([reminderEntry('r-aaaa0001', '2026-11-03')]),
    };
    expect(noticePrecheck(storage(changed), now)).toBe(2);
    // One still to expire hidden on an earlier day is back the next day.
    const soon = Object.fromEntries([
      reminderEntry('r-aaaa0002', '2026-12-05'),
      [KEYS.noticeHidden, hidden],
    ]);
    expect(noticePrecheck(storage(soon), now)).toBe(2);
  });

  it("counts only the reminders of this tab's organisation (tab-org.ts's prefix)", () => {
    const [key, value] = reminderEntry('r-aaaa0001', '2026-12-01');
    const other = { [key.replace('eis:', 'eis:o-gym16:')]: value };
    // Another organisation's reminder due: not this tab's notice, and no reminders here at all.
    expect(noticePrecheck(storage(other), now)).toBe(0);
    expect(noticePrecheck(storage(other), now, 'eis:o-gym16:')).toBe(2);
    expect(noticePrecheck(storage({ [key]: value }), now, 'eis:o-gym16:')).toBe(0);
    expect(noticePrecheck(storage({ [key]: value }), now, 'eis:')).toBe(2);
  });

  it('moves on at local midnight', () => {
    const entries = Object.fromEntries([reminderEntry('r-aaaa0001', '2026-12-30')]);
    expect(noticePrecheck(storage(entries), at(2026, 11, 29, 23))).toBe(1);
    expect(noticePrecheck(storage(entries), at(2026, 11, 30, 0))).toBe(2);
    expect(noticePrecheck(storage({}), at(2026, 11, 30, 0))).toBe(0);
  });

  it('runs as the inline script and shows the element before it', async () => {
    const { inlineScript } = await import('../../build/inline-script');
    const source = await inlineScript('notice');
    const attrs: Record<string, string> = {};
    const el = { hidden: true, setAttribute: (k: string, v: string) => (attrs[k] = v) };
    const entries = Object.fromEntries([reminderEntry('r-aaaa0001', '2026-12-01')]);
    // Only the precheck runs here: a document without listeners stands in for the watchdog's.
    const doc = (previousElementSibling: object) => ({
      currentScript: { previousElementSibling },
      addEventListener: () => undefined,
      querySelectorAll: () => [],
    });
    const win = (localStorage: object) => ({ localStorage, addEventListener: () => undefined });
    const run = new Function('document', 'window', source);
    run(doc(el), win(storage(entries)));
    expect(el.hidden).toBe(false);
    expect(attrs).toEqual({ 'data-reminders': '' });
    const quiet = { hidden: true, setAttribute: () => undefined };
    run(doc(quiet), win(storage({})));
    expect(quiet.hidden).toBe(true);
    // Storage that throws leaves the notice hidden and the page running.
    expect(() =>
      run(doc(quiet), {
        addEventListener: () => undefined,
        get localStorage() {
          throw new Error('blocked');
        },
      }),
    ).not.toThrow();
    expect(quiet.hidden).toBe(true);
  });
});

describe('the lean «hidden» reader of the inline script agrees with the record', () => {
  const day = '2026-11-29';
  const probes: [string, string][] = [
    ['r-aaaa0001', '2026-11-01'],
    ['r-aaaa0002', '2026-12-05'],
  ];
  const raws = [
    null,
    '',
    'junk',
    encodeNoticeHidden(day, ['r-aaaa0002']),
    encodeNoticeHidden('2026-11-28', ['r-aaaa0002'], ['r-aaaa0001@2026-11-01']),
    encodeNoticeHidden(day, [], ['r-aaaa0001@2026-11-02']),
    JSON.stringify({ v: 1, data: { day, ids: 'r-aaaa0002', quiet: ['r-aaaa0001@2026-11-01'] } }),
    JSON.stringify({ v: 1, data: { day: 5, ids: [], quiet: ['r-aaaa0001@2026-11-01'] } }),
    JSON.stringify({ v: 1, data: { day, ids: [7, 'r-aaaa0002'], quiet: 'r-aaaa0001@2026-11-01' } }),
    JSON.stringify({ v: 2, data: { day, ids: ['r-aaaa0002'] } }),
    JSON.stringify({ v: 1, data: { day, ids: ['r-aaaa0002'], quiet: ['x'.repeat(20000)] } }),
  ];
  it.each(raws.map((r, i) => [i, r] as const))('value %i', (_i, raw) => {
    const lean = decodeNoticeHidden(raw, day);
    const decoded = NOTICE_HIDDEN.read(raw)?.value;
    const full = decoded ? hiddenOn(decoded, day) : [];
    for (const [id, date] of probes)
      expect(isNoticeHidden(lean, id, date), `${id} ${raw}`).toBe(isNoticeHidden(full, id, date));
  });
});
