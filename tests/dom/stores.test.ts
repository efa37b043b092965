/**
 * Stores over happy-dom's localStorage: persistence under versioned keys, another tab's writes
 * (StorageEvent), broken stored values, and blocked or full storage.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Stores = typeof import('../../src/components/shared/stores');
type Persist = typeof import('../../src/components/shared/persist');

async function load(): Promise<Stores & Persist> {
  vi.resetModules();
  const stores = await import('../../src/components/shared/stores');
  const persist = await import('../../src/components/shared/persist');
  return { ...stores, ...persist };
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('ticks', () => {
  it('persist under the namespaced, versioned key', async () => {
    const s = await load();
    s.setTick('token', 'token-eis-save', true);
    s.setTick('token', 'token-eis-login-org-admin', true);
    expect(JSON.parse(localStorage.getItem('eis:v1:ticks')!)).toEqual({
      v: 1,
      data: { token: ['token-eis-login-org-admin', 'token-eis-save'] },
    });
    s.setTick('token', 'token-eis-save', false);
    expect(s.$ticks.get()).toEqual({ token: ['token-eis-login-org-admin'] });
    s.resetList('token');
    expect(s.$ticks.get()).toEqual({});
  });

  it('are read back on the next page load', async () => {
    (await load()).setTick('ris-rights', 'ris-open-org-users', true);
    const again = await load();
    expect(again.$ticks.get()).toEqual({ 'ris-rights': ['ris-open-org-users'] });
  });

  it('follow another tab through the storage event', async () => {
    const s = await load();
    const seen: unknown[] = [];
    const off = s.$ticks.subscribe((v) => seen.push(v));
    const newValue = JSON.stringify({ v: 1, data: { token: ['token-eis-save'] } });
    localStorage.setItem('eis:v1:ticks', newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: 'eis:v1:ticks', newValue }));
    expect(s.$ticks.get()).toEqual({ token: ['token-eis-save'] });
    // A broken value from another tab falls back to empty, never throws.
    window.dispatchEvent(new StorageEvent('storage', { key: 'eis:v1:ticks', newValue: '{oops' }));
    expect(s.$ticks.get()).toEqual({});
    off();
    expect(seen.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['invalid JSON', '{'],
    ['null', 'null'],
    ['a number', '42'],
    ['an empty string', ''],
    ['an unknown version', '{"v":99,"data":{"token":["token-eis-save"]}}'],
    ['the wrong shape', '{"v":1,"data":["token-eis-save"]}'],
  ])('fall back to empty on %s', async (_name, raw) => {
    localStorage.setItem('eis:v1:ticks', raw);
    const s = await load();
    expect(s.$ticks.get()).toEqual({});
    s.setTick('token', 'token-eis-save', true);
    expect(s.$ticks.get()).toEqual({ token: ['token-eis-save'] });
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
  });

  it('keeps working in memory when storage is full (QuotaExceededError)', async () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    vi.spyOn(window, 'localStorage', 'get').mockReturnValue(full);
    const s = await load();
    expect(s.$storageIssue.get()).toBeNull();
    expect(() => s.setTick('token', 'token-eis-save', true)).not.toThrow();
    expect(s.$storageIssue.get()).toBe('full');
    expect(s.$ticks.get()).toEqual({ token: ['token-eis-save'] });
    expect(() => s.saveReminder({ kind: 'edo', label: '', date: '2027-01-01' })).not.toThrow();
    expect(s.$reminders.get()).toHaveLength(1);
  });
});

describe('reminders and plan', () => {
  it('store only kind, label, date and a sequence number', async () => {
    const s = await load();
    const r = s.saveReminder({ kind: 'token', label: 'Отдел закупок', date: '2027-05-01' });
    const edited = s.saveReminder({
      id: r.id,
      kind: 'token',
      label: 'Отдел закупок',
      date: '2027-06-01',
    });
    expect(edited.seq).toBe(r.seq + 1);
    const stored = JSON.parse(localStorage.getItem('eis:v1:reminders')!);
    expect(stored.v).toBe(1);
    expect(Object.keys(stored.data[0]).sort()).toEqual(['date', 'id', 'kind', 'label', 'seq']);
    s.deleteReminder(r.id);
    expect(s.$reminders.get()).toEqual([]);
  });

  it('remember the plan and forget it on «Сбросить всё»', async () => {
    const s = await load();
    s.savePlan({ needs: ['services'], ris: 'no' });
    expect(s.$hasPlan.get()).toBe(true);
    s.setTick('token', 'token-eis-save', true);
    s.resetAll();
    expect(s.$plan.get()).toEqual({});
    expect(s.$ticks.get()).toEqual({});
  });
});
