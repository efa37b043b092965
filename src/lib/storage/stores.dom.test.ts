/**
 * Stores over happy-dom's localStorage: one key per tick and per reminder, another tab's writes
 * (StorageEvent), broken stored values, migration from the v1 layout, and blocked or full storage.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  clearStorageBetweenTests,
  fullStorage,
  pageLoad as load,
} from '../../../tests/dom/support/storage';

const ourKeys = () =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith('eis:'))
    .sort();

clearStorageBetweenTests();

describe('ticks', () => {
  it('persist one key per step, under the namespaced, versioned prefix', async () => {
    const s = await load();
    s.setTick('token', 'token-eis-save', true);
    s.setTick('token', 'token-eis-login-org-admin', true);
    expect(ourKeys()).toEqual([
      'eis:v2:tick:token:token-eis-login-org-admin',
      'eis:v2:tick:token:token-eis-save',
    ]);
    s.setTick('token', 'token-eis-save', false);
    expect(s.$ticks.get()).toEqual({ token: ['token-eis-login-org-admin'] });
    s.resetList('token');
    expect(s.$ticks.get()).toEqual({});
    expect(ourKeys()).toEqual([]);
  });

  it('are read back on the next page load', async () => {
    (await load()).setTick('ris-rights', 'ris-open-org-users', true);
    const again = await load();
    expect(again.$ticks.get()).toEqual({ 'ris-rights': ['ris-open-org-users'] });
  });

  it('two tabs ticking different steps at once both keep their tick', async () => {
    // Tab B's write lands in storage while tab A still holds its old view: A's next write must
    // not erase B's tick, because each tick is its own key.
    const a = await load();
    a.setTick('token', 'one', true);
    localStorage.setItem('eis:v2:tick:token:two', '1'); // tab B, no event yet
    a.setTick('token', 'three', true);
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'eis:v2:tick:token:two', newValue: '1' }),
    );
    expect(a.$ticks.get()).toEqual({ token: ['one', 'three', 'two'] });
    const reload = await load();
    expect(reload.$ticks.get()).toEqual({ token: ['one', 'three', 'two'] });
  });

  it.each([
    ['invalid value', 'eis:v2:tick:token:a', '{'],
    ['another value', 'eis:v2:tick:token:a', '0'],
    ['a bad list id', 'eis:v2:tick:Token:a', '1'],
    ['a bad step id', 'eis:v2:tick:token:a_b', '1'],
    ['too many parts', 'eis:v2:tick:token:a:b', '1'],
    // Round 27's red team: a list named as every object's own property broke every page.
    ['a list named «constructor»', 'eis:v2:tick:constructor:x', '1'],
    ['a step named «constructor»', 'eis:v2:tick:token:constructor', '1'],
  ])('ignore %s, never throwing', async (_name, key, raw) => {
    localStorage.setItem(key, raw);
    const s = await load();
    expect(s.$ticks.get()).toEqual({});
    s.setTick('token', 'b', true);
    expect(s.$ticks.get()).toEqual({ token: ['b'] });
  });

  it('migrate the v1 blob, then remove it', async () => {
    localStorage.setItem('eis:v1:ticks', JSON.stringify({ v: 1, data: { token: ['a', 'b'] } }));
    localStorage.setItem(
      'eis:v1:reminders',
      JSON.stringify({
        v: 1,
        data: [{ id: 'r-abcd1234', kind: 'token', label: 'Школа', date: '2027-01-01', seq: 1 }],
      }),
    );
    const s = await load();
    expect(s.$ticks.get()).toEqual({ token: ['a', 'b'] });
    expect(s.$reminders.get()).toMatchObject([{ id: 'r-abcd1234', label: 'Школа', seq: 1 }]);
    expect(localStorage.getItem('eis:v1:ticks')).toBeNull();
    expect(localStorage.getItem('eis:v1:reminders')).toBeNull();
  });
});

describe('the v1 blob with a list named «constructor»', () => {
  it('migrates the real ticks and writes no key for it, never throwing', async () => {
    localStorage.setItem(
      'eis:v1:ticks',
      JSON.stringify({ v: 1, data: { constructor: ['x'], token: ['token-eis-save'] } }),
    );
    const s = await load();
    expect(s.$ticks.get()).toEqual({ token: ['token-eis-save'] });
    expect(ourKeys()).not.toContain('eis:v2:tick:constructor:x');
    expect(ourKeys()).toContain('eis:v2:tick:token:token-eis-save');
  });
});

describe('blocked and full storage', () => {
  it('keeps working in memory when storage is blocked (SecurityError)', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const s = await load();
    expect(s.$storageIssue.get()).toBe('blocked');
    expect(() => s.setTick('token', 'token-eis-save', true)).not.toThrow();
    expect(s.$ticks.get()).toEqual({ token: ['token-eis-save'] });
    expect(s.savePlan({ needs: ['send'] })).toBe(false);
    expect(s.$plan.get()).toEqual({ needs: ['send'] });
  });

  it('keeps working in memory when storage is full (QuotaExceededError)', async () => {
    // Empty (cleared before each test) and out of room.
    const full = fullStorage(localStorage);
    vi.spyOn(window, 'localStorage', 'get').mockReturnValue(full);
    const s = await load();
    expect(s.$storageIssue.get()).toBeNull();
    expect(() => s.setTick('token', 'token-eis-save', true)).not.toThrow();
    expect(s.$storageIssue.get()).toBe('full');
    expect(s.$ticks.get()).toEqual({ token: ['token-eis-save'] });
    expect(() => s.saveReminder({ kind: 'edo', label: '', date: '2027-01-01' })).not.toThrow();
    expect(s.$reminders.get()).toHaveLength(1);
  });

  it('survives storage whose every call throws', async () => {
    const hostile = new Proxy({} as Storage, {
      get() {
        throw new Error('nope');
      },
    });
    vi.spyOn(window, 'localStorage', 'get').mockReturnValue(hostile);
    const s = await load();
    expect(() => s.setTick('token', 'a', true)).not.toThrow();
    expect(s.$ticks.get()).toEqual({ token: ['a'] });
  });
});

describe('reminders and plan', () => {
  it('store only kind, label, date and a sequence number, one key each', async () => {
    const s = await load();
    const r = s.saveReminder({ kind: 'token', label: 'Отдел закупок', date: '2027-05-01' });
    if (!r.ok) throw new Error('not saved');
    const edited = s.saveReminder({
      id: r.reminder.id,
      kind: 'token',
      label: 'Отдел закупок',
      date: '2027-06-01',
    });
    expect(edited.ok && edited.reminder.seq).toBe(1);
    const stored = JSON.parse(localStorage.getItem(`eis:v2:reminder:${r.reminder.id}`)!);
    expect(stored.v).toBe(1);
    expect(Object.keys(stored.data).sort()).toEqual(['date', 'kind', 'label', 'seq']);
    s.deleteReminder(r.reminder.id);
    expect(s.$reminders.get()).toEqual([]);
    expect(ourKeys()).toEqual([]);
  });

  it('tells the reader when stored entries could not be read or lost their label', async () => {
    localStorage.setItem('eis:v2:reminder:r-aaaa0001', '{broken');
    localStorage.setItem(
      'eis:v2:reminder:r-aaaa0002',
      JSON.stringify({ v: 1, data: { kind: 'token', label: 'Zakupki2024!', date: '2027-06-01' } }),
    );
    const fresh = await load();
    expect(fresh.$unreadableReminders.get()).toBe(1);
    expect(fresh.$cleanedLabels.get()).toBe(1);
    expect(localStorage.getItem('eis:v2:reminder:r-aaaa0002')).not.toContain('Zakupki');
  });

  it('keep a label in memory exactly as stored', async () => {
    const s = await load();
    const r = s.saveReminder({ kind: 'token', label: 'a\u0007b  c', date: '2027-01-01' });
    expect(r.ok && r.reminder.label).toBe('a b c');
    expect(s.$reminders.get()[0]?.label).toBe('a b c');
  });

  it('allow 200 reminders and refuse the next one', async () => {
    const s = await load();
    for (let i = 0; i < 200; i += 1) {
      expect(s.saveReminder({ kind: 'other', label: '', date: '2027-01-01' }).ok).toBe(true);
    }
    expect(s.saveReminder({ kind: 'other', label: '', date: '2027-01-01' })).toEqual({
      ok: false,
      reason: 'limit',
    });
    expect((await load()).$reminders.get()).toHaveLength(200);
  });

  it('remember the plan and forget it when ticks and plan are replaced by nothing, and back', async () => {
    const s = await load();
    s.savePlan({ needs: ['services'], ris: 'no' });
    s.setTick('token', 'token-eis-save', true);
    const before = { ticks: s.$ticks.get(), plan: s.$plan.get() };
    s.replaceTicksAndPlan({ ticks: {}, plan: {} });
    expect(s.$plan.get()).toEqual({});
    expect(s.$ticks.get()).toEqual({});
    s.replaceTicksAndPlan(before);
    expect(s.$plan.get()).toEqual({ needs: ['services'], ris: 'no' });
    expect(s.$ticks.get()).toEqual({ token: ['token-eis-save'] });
  });
});
