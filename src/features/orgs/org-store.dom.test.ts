/**
 * Organisations over happy-dom's storage: the reader's existing data is their first organisation
 * (migration from the current layout: nothing moves), every further organisation has its own
 * keys, switching re-binds ticks, plan and reminders in this tab only, removal can be undone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

async function load() {
  vi.resetModules();
  const stores = await import('../../lib/storage/stores');
  await stores.legacyTicksMoved;
  // persist.ts loads it for a reader with organisations (a tab acting for a removed one).
  await import('./boot');
  return {
    ...stores,
    ...(await import('../reminders/reminder-store')),
    ...(await import('../plan/credentials')),
    ...(await import('./org-store')),
  };
}

const snapshot = () =>
  Object.fromEntries(
    Object.keys(localStorage)
      .sort()
      .map((k) => [k, localStorage.getItem(k)]),
  );

const CURRENT_LAYOUT = {
  'eis:v2:tick:token:token-eis-save': '1',
  'eis:v2:tick:https:https-open-link': '1',
  'eis:v1:plan': '{"v":1,"data":{"needs":["services"]}}',
  'eis:v2:reminder:r-abcd1234':
    '{"v":1,"data":{"kind":"token","label":"Токен","date":"2027-01-10","seq":0}}',
  'eis:v1:has-credentials': '{"v":1,"data":true}',
};

afterEach(() => vi.restoreAllMocks());

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('migration from the current layout', () => {
  it('existing data shows up as organisation 1, untouched', async () => {
    for (const [k, v] of Object.entries(CURRENT_LAYOUT)) localStorage.setItem(k, v);
    const before = snapshot();
    const s = await load();
    expect(s.$orgs.get()).toEqual([{ id: '', name: 'Моя организация' }]);
    expect(s.$activeOrg.get()).toBe('');
    expect(s.$ticks.get()).toEqual({ https: ['https-open-link'], token: ['token-eis-save'] });
    expect(s.$plan.get()).toEqual({ needs: ['services'] });
    expect(s.$reminders.get().map((r) => r.id)).toEqual(['r-abcd1234']);
    expect(s.$hasCredentials.get()).toBe(true);
    // Nothing was written: no registry until the reader adds an organisation.
    expect(snapshot()).toEqual(before);

    const added = s.addOrganisation('Гимназия-16', 'o-gym16');
    expect(added.ok).toBe(true);
    // The first organisation's data stays under its keys; only the registry is new.
    expect(snapshot()).toEqual({
      ...before,
      'eis:v1:orgs':
        '{"v":1,"data":{"orgs":[{"id":"","name":"Моя организация"},{"id":"o-gym16","name":"Гимназия-16"}]}}',
    });
  });
});

/** Switch this tab's organisation: the page loads again. */
async function switchTo(s: Awaited<ReturnType<typeof load>>, id: string) {
  const reload = vi.fn<() => void>();
  s.switchOrg(id, reload);
  expect(reload).toHaveBeenCalledTimes(1);
  return load();
}

describe('the active organisation', () => {
  it('switching re-binds ticks, plan, reminders and the credentials flag', async () => {
    for (const [k, v] of Object.entries(CURRENT_LAYOUT)) localStorage.setItem(k, v);
    const first = await load();
    first.addOrganisation('Гимназия-16', 'o-gym16');
    let s = await switchTo(first, 'o-gym16');
    expect(s.$activeOrg.get()).toBe('o-gym16');
    expect(sessionStorage.getItem('eis:v1:org')).toBe('o-gym16');
    expect(s.$ticks.get()).toEqual({});
    expect(s.$plan.get()).toEqual({});
    expect(s.$reminders.get()).toEqual([]);
    expect(s.$hasCredentials.get()).toBe(false);

    s.setTick('token', 'token-eis-login-org-admin', true);
    s.savePlan({ needs: ['send'] });
    const saved = s.saveReminder({ kind: 'token', label: 'Токен гимназии', date: '2027-02-01' });
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.reminder.id : '';
    expect(localStorage.getItem('eis:o-gym16:v2:tick:token:token-eis-login-org-admin')).toBe('1');
    expect(localStorage.getItem('eis:o-gym16:v1:plan')).toBe('{"v":1,"data":{"needs":["send"]}}');
    expect(localStorage.getItem(`eis:o-gym16:v2:reminder:${id}`)).not.toBeNull();
    // The first organisation's entries are untouched.
    expect(localStorage.getItem('eis:v1:plan')).toBe(CURRENT_LAYOUT['eis:v1:plan']);

    s = await switchTo(s, '');
    expect(s.$ticks.get()).toEqual({ https: ['https-open-link'], token: ['token-eis-save'] });
    expect(s.$reminders.get().map((r) => r.id)).toEqual(['r-abcd1234']);
    expect(sessionStorage.getItem('eis:v1:org')).toBeNull();
  });

  // Round 34's red team: with session storage blocked, the switcher reloaded the page, which
  // came back acting for the first organisation, and said nothing.
  it('with session storage blocked: no reload, and the tab says it keeps its organisation', async () => {
    const s = await load();
    s.addOrganisation('Гимназия-16', 'o-gym16');
    const blocked = vi.spyOn(sessionStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(s.switchOrg('o-gym16', () => expect.unreachable('no reload'))).toBe(false);
    blocked.mockRestore();
    expect(s.$activeOrg.get()).toBe('');
  });

  it('is kept per tab: a page load in this tab acts for it; an unknown id acts for the first', async () => {
    const first = await load();
    first.addOrganisation('Гимназия-16', 'o-gym16');
    const s = await switchTo(first, 'o-gym16');
    s.setTick('token', 'token-eis-save', true);
    s.switchOrg('o-gym16', () => expect.unreachable('no change: no reload'));
    const again = await load();
    expect(again.$activeOrg.get()).toBe('o-gym16');
    expect(again.$ticks.get()).toEqual({ token: ['token-eis-save'] });
    // Removed in another tab meanwhile (or garbage): this page load acts for the first
    // organisation at once, as the inline scripts before it did (src/lib/storage/tab-org.ts).
    const reload = vi.spyOn(location, 'reload').mockImplementation(() => undefined);
    for (const gone of ['o-gone1', 'garbage']) {
      sessionStorage.setItem('eis:v1:org', gone);
      const fourth = await load();
      expect(fourth.$activeOrg.get()).toBe('');
      expect(fourth.$ticks.get()).toEqual({});
    }
    expect(reload).not.toHaveBeenCalled();
  });

  it('a registry entry its decoder drops: the tab goes to the first organisation and reloads', async () => {
    const first = await load();
    first.addOrganisation('Гимназия-16', 'o-gym16');
    // One entry past the hundred the decoder keeps (a name it refuses or repeats no longer
    // drops an entry: it is shown under another name).
    localStorage.setItem(
      'eis:v1:orgs',
      JSON.stringify({
        v: 1,
        data: {
          orgs: [
            { id: '', name: 'Моя организация' },
            { id: 'o-gym16', name: 'Гимназия-16' },
            ...Array.from({ length: 98 }, (_, i) => ({
              id: `o-sch${1000 + i}`,
              name: `Школа ${i}`,
            })),
            { id: 'o-twin16', name: 'Гимназия-16 (2)' },
          ],
        },
      }),
    );
    sessionStorage.setItem('eis:v1:org', 'o-twin16');
    const reload = vi.spyOn(location, 'reload').mockImplementation(() => undefined);
    await load();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem('eis:v1:org')).toBeNull();
    const again = await load();
    expect(again.$activeOrg.get()).toBe('');
  });

  it("another tab's ticks for another organisation do not reach this tab's view", async () => {
    const s = await load();
    s.addOrganisation('Гимназия-16', 'o-gym16');
    const event = (key: string) =>
      window.dispatchEvent(
        new StorageEvent('storage', { key, newValue: '1', storageArea: localStorage }),
      );
    localStorage.setItem('eis:o-gym16:v2:tick:token:token-eis-save', '1');
    event('eis:o-gym16:v2:tick:token:token-eis-save');
    expect(s.$ticks.get()).toEqual({});
    localStorage.setItem('eis:v2:tick:token:token-eis-save', '1');
    event('eis:v2:tick:token:token-eis-save');
    expect(s.$ticks.get()).toEqual({ token: ['token-eis-save'] });
  });
});

describe('removing an organisation', () => {
  it('removes its entries only, sends this tab to the first, and can be undone', async () => {
    for (const [k, v] of Object.entries(CURRENT_LAYOUT)) localStorage.setItem(k, v);
    let s = await load();
    s.addOrganisation('Гимназия-16', 'o-gym16');
    s.addOrganisation('МБОУ СОШ № 5', 'o-sch5');
    s = await switchTo(s, 'o-gym16');
    s.setTick('token', 'token-eis-save', true);
    s.savePlan({ needs: ['services'] });
    s = await switchTo(s, 'o-sch5');
    s.setTick('token', 'token-eis-save', true);
    s = await switchTo(s, 'o-gym16');
    const before = snapshot();

    const reload = vi.spyOn(location, 'reload').mockImplementation(() => undefined);
    const removed = s.removeOrganisation('o-gym16');
    expect(removed.ok).toBe(true);
    if (!removed.ok) return;
    expect(s.$orgs.get().map((o) => o.id)).toEqual(['', 'o-sch5']);
    // This tab acted for it: it loads again for the first organisation.
    expect(reload).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem('eis:v1:org')).toBeNull();
    expect(Object.keys(localStorage).filter((k) => k.includes('o-gym16'))).toEqual([]);
    expect(localStorage.getItem('eis:o-sch5:v2:tick:token:token-eis-save')).toBe('1');
    expect(localStorage.getItem('eis:v2:tick:token:token-eis-save')).toBe('1');

    expect(s.undoRemove(removed.changes)).toEqual({ kept: 0, restored: true });
    expect(snapshot()).toEqual(before);
    expect(s.$orgs.get().map((o) => o.name)).toEqual([
      'Моя организация',
      'Гимназия-16',
      'МБОУ СОШ № 5',
    ]);
  });

  // Round 34's red team: with the list changed between the removal and «Вернуть» (a file added an
  // organisation, another tab renamed one), the data came back and the organisation did not.
  it('«Вернуть» after the list changed puts the organisation back in its place', async () => {
    let s = await load();
    s.addOrganisation('Гимназия-16', 'o-gym16');
    s.addOrganisation('МБОУ СОШ № 5', 'o-sch5');
    s = await switchTo(s, 'o-gym16');
    s.setTick('token', 'token-eis-save', true);
    s = await switchTo(s, '');
    const removed = s.removeOrganisation('o-gym16');
    if (!removed.ok) throw new Error(removed.message);
    s.renameOrganisation('o-sch5', 'Школа № 5');
    expect(s.addOrganisation('Детский сад № 7', 'o-ds07').ok).toBe(true);
    expect(s.undoRemove(removed.changes)).toEqual({ kept: 0, restored: true });
    expect(s.$orgs.get().map((o) => o.name)).toEqual([
      'Моя организация',
      'Гимназия-16',
      'Школа № 5',
      'Детский сад № 7',
    ]);
    expect(localStorage.getItem('eis:o-gym16:v2:tick:token:token-eis-save')).toBe('1');
  });

  it('the first organisation cannot be removed', async () => {
    const s = await load();
    s.addOrganisation('Гимназия-16', 'o-gym16');
    expect(s.removeOrganisation('').ok).toBe(false);
  });
});
