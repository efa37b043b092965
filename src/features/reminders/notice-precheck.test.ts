import { describe, expect, it } from 'vitest';
import { noticePrecheck, precheckScript } from './notice-precheck';
import { precheckOptions, viewReminders } from './reminder-view';
import { KINDS } from '../../../tests/helpers/kinds';
import { KEYS } from '../../lib/storage/keys';
import type { Reminder } from '../../lib/storage/stored';
import { decodeNoticeHidden, encodeNoticeHidden } from '../../lib/storage/notice-hidden';
import { decodeReminder, encodeReminder } from './reminder-codec';
import { localDate, toIsoDate } from '../../lib/dates';

const OPTIONS = precheckOptions();

function storage(entries: Record<string, string>) {
  const keys = Object.keys(entries);
  return {
    length: keys.length,
    key: (i: number) => keys[i] ?? null,
    getItem: (k: string) => entries[k] ?? null,
  };
}

/** What the notice's module decides from the same storage. */
function moduleDecision(entries: Record<string, string>, now: Date): boolean {
  const day = toIsoDate(localDate(now));
  const hidden = decodeNoticeHidden(entries[KEYS.noticeHidden], day);
  const reminders: Reminder[] = [];
  for (const [key, raw] of Object.entries(entries)) {
    if (!key.startsWith(KEYS.reminderPrefix)) continue;
    const d = decodeReminder(key.slice(KEYS.reminderPrefix.length), raw);
    if (d) reminders.push(d.reminder);
  }
  return viewReminders(reminders, now, KINDS).some(
    (v) => v.attention && !hidden.includes(v.reminder.id),
  );
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
  ];

  it.each(cases.map((c, i) => [i, c] as const))('case %i', (_i, entries) => {
    expect(noticePrecheck(storage(entries), now, OPTIONS) === 2).toBe(moduleDecision(entries, now));
  });

  it('loads the notice for reminders still in the first layout, so they migrate and show', () => {
    const legacy = JSON.stringify({
      v: 1,
      data: [{ id: 'r-aaaa0001', kind: 'token', label: '', date: '2026-12-02' }],
    });
    expect(noticePrecheck(storage({ [KEYS.legacyReminders]: legacy }), now, OPTIONS)).toBe(1);
  });

  it('does not read a «hidden» value too long to be ours', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `r-${String(i).padStart(8, '0')}`);
    const entries = Object.fromEntries([
      reminderEntry('r-00000001', '2026-12-01'),
      [KEYS.noticeHidden, JSON.stringify({ v: 1, data: { day: '2026-11-29', ids } })],
    ]);
    expect(noticePrecheck(storage(entries), now, OPTIONS)).toBe(2);
    expect(moduleDecision(entries, now)).toBe(true);
  });

  it('moves on at local midnight', () => {
    const entries = Object.fromEntries([reminderEntry('r-aaaa0001', '2026-12-30')]);
    expect(noticePrecheck(storage(entries), at(2026, 11, 29, 23), OPTIONS)).toBe(1);
    expect(noticePrecheck(storage(entries), at(2026, 11, 30, 0), OPTIONS)).toBe(2);
    expect(noticePrecheck(storage({}), at(2026, 11, 30, 0), OPTIONS)).toBe(0);
  });

  it('runs as the inline script and shows the element before it', () => {
    const attrs: Record<string, string> = {};
    const el = { hidden: true, setAttribute: (k: string, v: string) => (attrs[k] = v) };
    const entries = Object.fromEntries([reminderEntry('r-aaaa0001', '2026-12-01')]);
    const run = new Function('document', 'window', precheckScript(OPTIONS));
    run({ currentScript: { previousElementSibling: el } }, { localStorage: storage(entries) });
    expect(el.hidden).toBe(false);
    expect(attrs).toEqual({ 'data-reminders': '' });
    const quiet = { hidden: true, setAttribute: () => undefined };
    run({ currentScript: { previousElementSibling: quiet } }, { localStorage: storage({}) });
    expect(quiet.hidden).toBe(true);
    // Storage that throws leaves the notice hidden and the page running.
    expect(() =>
      run(
        { currentScript: { previousElementSibling: quiet } },
        {
          get localStorage() {
            throw new Error('blocked');
          },
        },
      ),
    ).not.toThrow();
  });

  it('is self-contained, so it can be inlined', () => {
    const source = noticePrecheck.toString();
    const inlined = new Function(`return (${source})`)() as typeof noticePrecheck;
    const entries = Object.fromEntries([reminderEntry('r-aaaa0001', '2026-12-01')]);
    expect(inlined(storage(entries), now, OPTIONS)).toBe(2);
  });
});
