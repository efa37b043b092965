/**
 * Readers' data, round two, over happy-dom's localStorage. Two tabs are two loads of the store
 * modules over one storage: tab B writes, then tab A gets the `storage` event, as in a browser.
 *  - «Отменить» is the inverse of the import or reset it undoes: it touches only the keys that
 *    action changed, and only while they still hold what it wrote.
 *  - Migration from the first layout never loses data.
 *  - The reminder limit holds across tabs; a too-large stored value is never parsed.
 */
import { describe, expect, it, vi } from 'vitest';
import { isoFromToday } from '../../../tests/helpers/clock';
import {
  clearStorageBetweenTests,
  fullStorage as full,
  pageLoad as tab,
  type PageLoad as Tab,
} from '../../../tests/dom/support/storage';
import type { Reminder } from './stored';

/** The `storage` event another tab's write raises here (after the write is in storage). */
const announce = (key: string) =>
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: localStorage.getItem(key) }));

const R = 'eis:v2:reminder:';
const reminder = (id: string, over: Partial<Reminder> = {}): Reminder => ({
  id,
  kind: 'token',
  label: id,
  date: isoFromToday(60),
  seq: 0,
  ...over,
});
const labels = (t: Tab) => t.$reminders.get().map((r) => r.label);

clearStorageBetweenTests();

describe('«Отменить» is the inverse of what it undoes', () => {
  it('after an import, keeps a reminder another tab added meanwhile', async () => {
    const a = await tab();
    a.saveReminder({ kind: 'token', label: 'Мой', date: isoFromToday(40) });
    const imported = a.applyImport(
      { ticks: {}, plan: {}, reminders: [reminder('r-file0001', { label: 'Из файла' })] },
      'replace',
    );
    if (!imported.ok) throw new Error(imported.error);
    const b = await tab();
    const added = b.saveReminder({ kind: 'edo', label: 'Из вкладки Б', date: isoFromToday(20) });
    announce(R + (added.ok ? added.reminder.id : ''));
    a.restoreProgress(imported.changes);
    expect(labels(a).sort()).toEqual(['Из вкладки Б', 'Мой']);
    expect(labels(await tab()).sort()).toEqual(['Из вкладки Б', 'Мой']);
  });

  it('after «Сбросить всё», keeps a tick another tab made meanwhile', async () => {
    const a = await tab();
    a.setTick('token', 'a', true);
    a.savePlan({ needs: ['send'] });
    const changes = a.resetAll();
    const b = await tab();
    b.setTick('token', 'c', true);
    announce('eis:v2:tick:token:c');
    a.restoreProgress(changes);
    expect(a.$ticks.get()).toEqual({ token: ['a', 'c'] });
    expect(a.$plan.get()).toEqual({ needs: ['send'] });
    expect((await tab()).$ticks.get()).toEqual({ token: ['a', 'c'] });
  });

  it('keeps an edit made between an import and its undo, and says so', async () => {
    const a = await tab();
    const imported = a.applyImport(
      { ticks: {}, plan: {}, reminders: [reminder('r-file0001', { label: 'Из файла' })] },
      'merge',
    );
    if (!imported.ok) throw new Error(imported.error);
    a.saveReminder({ id: 'r-file0001', kind: 'token', label: 'Поправил', date: isoFromToday(9) });
    expect(a.restoreProgress(imported.changes)).toMatch(/оставлены как есть \(1\)/);
    expect(a.$reminders.get()).toMatchObject([{ id: 'r-file0001', label: 'Поправил', seq: 1 }]);
  });

  it('brings back exactly what the import changed', async () => {
    const a = await tab();
    a.setTick('token', 'a', true);
    a.saveReminder({ kind: 'token', label: 'Мой', date: isoFromToday(40) });
    const before = localStorage.length;
    const snapshot = { ...localStorage };
    const imported = a.applyImport(
      { ticks: { token: ['b'] }, plan: {}, reminders: [reminder('r-file0001')] },
      'replace',
    );
    if (!imported.ok) throw new Error(imported.error);
    expect(a.restoreProgress(imported.changes)).toBe('Вернули всё, как было.');
    expect(localStorage.length).toBe(before);
    expect({ ...localStorage }).toEqual(snapshot);
  });
});

describe('migration from the first layout never loses data', () => {
  const legacy = (data: unknown, v = 1) => JSON.stringify({ v, data });

  it.each([
    ['truncated', '{"v":1,"data":[{"id":"r-abcd1234","kind":"tok'],
    ['differently shaped', legacy({ 'r-abcd1234': { kind: 'token' } })],
    ['newer', legacy([{ id: 'r-abcd1234', kind: 'token', date: '2027-01-01' }], 2)],
  ])('keeps a %s legacy value and ignores it', async (_name, raw) => {
    localStorage.setItem('eis:v1:reminders', raw);
    localStorage.setItem('eis:v1:ticks', raw);
    const a = await tab();
    expect(a.$reminders.get()).toEqual([]);
    expect(a.$ticks.get()).toEqual({});
    expect(localStorage.getItem('eis:v1:reminders')).toBe(raw);
    expect(localStorage.getItem('eis:v1:ticks')).toBe(raw);
  });

  it('keeps the entries it cannot read under the legacy key, and moves the rest', async () => {
    const bad = { id: 'r-bad00001', kind: 'token', date: '2027-13-01' };
    localStorage.setItem(
      'eis:v1:reminders',
      legacy([{ id: 'r-good0001', kind: 'edo', date: '2027-01-01', seq: 2 }, bad]),
    );
    localStorage.setItem('eis:v1:ticks', legacy({ token: ['a', 'B_c'], Bad: ['x'] }));
    const a = await tab();
    expect(a.$reminders.get()).toMatchObject([{ id: 'r-good0001', seq: 2 }]);
    expect(a.$ticks.get()).toEqual({ token: ['a'] });
    expect(localStorage.getItem('eis:v1:reminders')).toBe(legacy([bad]));
    expect(localStorage.getItem('eis:v1:ticks')).toBe(legacy({ token: ['B_c'], Bad: ['x'] }));
    // Loading again neither duplicates nor loses anything.
    const again = await tab();
    expect(again.$reminders.get()).toHaveLength(1);
    expect(localStorage.getItem('eis:v1:reminders')).toBe(legacy([bad]));
  });

  it('keeps the higher seq where both layouts hold a reminder', async () => {
    const stored = (id: string, label: string, seq: number) =>
      localStorage.setItem(R + id, legacy({ kind: 'token', label, date: '2027-01-01', seq }));
    stored('r-aaaa0001', 'новый формат, новее', 5);
    stored('r-aaaa0002', 'новый формат, старше', 1);
    localStorage.setItem(
      'eis:v1:reminders',
      legacy([
        { id: 'r-aaaa0001', kind: 'token', label: 'старый, старше', date: '2027-01-01', seq: 4 },
        { id: 'r-aaaa0002', kind: 'token', label: 'старый, новее', date: '2027-02-01', seq: 3 },
      ]),
    );
    const a = await tab();
    expect(labels(a).sort()).toEqual(['новый формат, новее', 'старый, новее']);
    expect(localStorage.getItem('eis:v1:reminders')).toBeNull();
  });

  it('keeps the legacy blob while storage is full', async () => {
    const raw = legacy([{ id: 'r-aaaa0001', kind: 'token', date: '2027-01-01' }]);
    localStorage.setItem('eis:v1:reminders', raw);
    const real = localStorage;
    vi.spyOn(window, 'localStorage', 'get').mockReturnValue(full(real));
    const a = await tab();
    expect(a.$reminders.get()).toHaveLength(1);
    expect(real.getItem('eis:v1:reminders')).toBe(raw);
  });

  it('tells the reader about a label the guard refused while migrating', async () => {
    localStorage.setItem(
      'eis:v1:reminders',
      legacy([{ id: 'r-aaaa0001', kind: 'token', label: 'Zakupki2024!', date: '2027-01-01' }]),
    );
    const a = await tab();
    expect(a.$reminders.get()).toMatchObject([{ id: 'r-aaaa0001', label: '' }]);
    expect(a.$cleanedLabels.get()).toBe(1);
    expect(JSON.stringify({ ...localStorage })).not.toContain('Zakupki');
  });
});

describe('limits that hold', () => {
  it('200 reminders across two tabs adding at once at 199', async () => {
    for (let i = 0; i < 199; i += 1) {
      const id = `r-seed${String(i).padStart(4, '0')}`;
      localStorage.setItem(
        R + id,
        JSON.stringify({ v: 1, data: { ...reminder(id), id: undefined } }),
      );
    }
    const a = await tab();
    const b = await tab();
    expect(a.$reminders.get()).toHaveLength(199);
    expect(b.$reminders.get()).toHaveLength(199);
    expect(a.saveReminder({ kind: 'edo', label: 'A', date: isoFromToday(5) }).ok).toBe(true);
    // B has not heard of A's reminder yet: the limit is checked against storage.
    expect(b.saveReminder({ kind: 'edo', label: 'B', date: isoFromToday(5) })).toEqual({
      ok: false,
      reason: 'limit',
    });
    expect(Object.keys(localStorage).filter((k) => k.startsWith(R))).toHaveLength(200);
  });

  it('hiding an expired reminder keeps another organisation’s hidden ones hidden', async () => {
    // Another organisation's expired reminder, hidden until its date changes (the key is shared).
    localStorage.setItem(
      'eis:v1:notice-hidden',
      JSON.stringify({
        v: 1,
        data: { day: '2026-06-10', ids: [], quiet: ['r-bbbb2222@2026-05-01'] },
      }),
    );
    const mine = reminder('r-aaaa1111', { date: '2026-05-20' });
    localStorage.setItem(
      `${R}${mine.id}`,
      JSON.stringify({ v: 1, data: { ...mine, id: undefined } }),
    );
    const a = await tab();
    expect(a.$reminders.get().map((r) => r.id)).toEqual(['r-aaaa1111']);
    a.hideNoticeFor('2026-06-15', ['r-aaaa1111'], [mine]);
    expect(a.$noticeHidden.get().quiet).toEqual(['r-bbbb2222@2026-05-01', 'r-aaaa1111@2026-05-20']);
    // This organisation's token of a date since changed goes.
    a.saveReminder({ id: mine.id, kind: mine.kind, label: mine.label, date: '2026-05-25' });
    a.hideNoticeFor('2026-06-16', []);
    expect(a.$noticeHidden.get().quiet).toEqual(['r-bbbb2222@2026-05-01']);
  });

  it('never parses a «hidden» value too large to be ours', async () => {
    const ids = Array.from({ length: 200_000 }, (_, i) => `r-${String(i).padStart(8, '0')}`);
    const raw = JSON.stringify({ v: 1, data: { day: '2026-06-15', ids } });
    localStorage.setItem('eis:v1:notice-hidden', raw);
    const parse = vi.spyOn(JSON, 'parse');
    const a = await tab();
    expect(a.$noticeHidden.get()).toEqual({ day: '', ids: [] });
    expect(parse.mock.calls.some(([text]) => text === raw)).toBe(false);
    // «Скрыть на сегодня» then stores a value of the bounded size.
    a.hideNoticeFor('2026-06-15', ['r-aaaa0001']);
    expect(localStorage.getItem('eis:v1:notice-hidden')).toBe(
      JSON.stringify({ v: 1, data: { day: '2026-06-15', ids: ['r-aaaa0001'] } }),
    );
  });
});
