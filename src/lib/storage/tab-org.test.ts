/**
 * This tab's organisation as every script resolves it (tab-org.ts): the id in sessionStorage
 * only when it has an organisation's shape and the registry lists it; anything else is the first
 * organisation. The registry is the one the site writes (the ORGS record).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { manyOrgs, tabPrefix } from './tab-org';
import { ORG_SCOPED_KEY } from './persist';
import { ACTIVE_ORG_KEY, PLAN_KEY, PLAN_PANEL_HIDDEN_KEY, REMINDER_PREFIX } from './keys';
import { ORGS, ONE_ORG, type Registry } from '../../features/orgs/orgs';

/** A Storage holding `entries` (`blocked`: every call throws, as a browser's blocked storage). */
function storage(entries: Record<string, string>, blocked = false): Storage {
  const check = () => {
    if (blocked) throw new DOMException('blocked', 'SecurityError');
  };
  return {
    get length() {
      check();
      return Object.keys(entries).length;
    },
    key: (i) => (check(), Object.keys(entries)[i] ?? null),
    getItem: (k) => (check(), entries[k] ?? null),
    setItem: (k, v) => void (check(), (entries[k] = v)),
    removeItem: (k) => void (check(), delete entries[k]),
    clear: () => void check(),
  };
}

const registry = (...orgs: Registry): string => ORGS.write([...ONE_ORG, ...orgs]);
const GYM = { id: 'o-gym16', name: 'Гимназия-16' };
const SCH = { id: 'o-sch5', name: 'МБОУ СОШ № 5' };

/** This tab: `active` in sessionStorage (`null`: none) and `orgs` as the stored registry. */
function tab(active: string | null, orgs: string | null, blocked: 'local' | 'session' | '' = '') {
  vi.stubGlobal(
    'sessionStorage',
    storage(active === null ? {} : { [ACTIVE_ORG_KEY]: active }, blocked === 'session'),
  );
  vi.stubGlobal(
    'localStorage',
    storage(orgs === null ? {} : { 'eis:v1:orgs': orgs }, blocked === 'local'),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('tabPrefix: the key prefix of this tab’s organisation', () => {
  it('an organisation the registry lists: its own prefix', () => {
    tab('o-gym16', registry(GYM, SCH));
    expect(tabPrefix()).toBe('eis:o-gym16:');
    tab('o-sch5', registry(GYM, SCH));
    expect(tabPrefix()).toBe('eis:o-sch5:');
  });

  it('nothing chosen in this tab: the first organisation', () => {
    tab(null, registry(GYM));
    expect(tabPrefix()).toBe('eis:');
    tab(null, null);
    expect(tabPrefix()).toBe('eis:');
  });

  it('an unknown or garbage sessionStorage value: the first organisation', () => {
    for (const garbage of [
      '',
      'garbage',
      'o-',
      'o-GYM16',
      'o-gym16 ',
      ' o-gym16',
      'o-gym16:',
      'o-' + 'a'.repeat(33),
      '","name":"Моя организация',
      '{"id":"o-gym16"}',
      'null',
    ]) {
      tab(garbage, registry(GYM));
      expect(tabPrefix(), garbage).toBe('eis:');
    }
  });

  it('an organisation id the registry does not list: the first organisation', () => {
    // Removed since (in another tab), or never added.
    tab('o-gone1', registry(GYM));
    expect(tabPrefix()).toBe('eis:');
    // A prefix of a listed id is not that id.
    tab('o-gym1', registry(GYM));
    expect(tabPrefix()).toBe('eis:');
    // No registry at all (the reader removed every other organisation, or never had one).
    tab('o-gym16', null);
    expect(tabPrefix()).toBe('eis:');
    // An unreadable registry.
    tab('o-gym16', 'not json');
    expect(tabPrefix()).toBe('eis:');
  });

  it('a name cannot smuggle an id in: names are stored escaped', () => {
    const trick = { id: 'o-trick1', name: 'Школа "id":"o-fake12"' };
    tab('o-fake12', registry(trick));
    expect(tabPrefix()).toBe('eis:');
    tab('o-trick1', registry(trick));
    expect(tabPrefix()).toBe('eis:o-trick1:');
  });

  it('blocked storage: the first organisation, never an exception', () => {
    tab('o-gym16', registry(GYM), 'session');
    expect(tabPrefix()).toBe('eis:');
    tab('o-gym16', registry(GYM), 'local');
    expect(tabPrefix()).toBe('eis:');
  });
});

describe('manyOrgs: whether the switcher will show', () => {
  it('only when the registry lists an organisation besides the first', () => {
    tab(null, null);
    expect(manyOrgs()).toBe(false);
    tab(null, registry());
    expect(manyOrgs()).toBe(false);
    tab(null, registry(GYM));
    expect(manyOrgs()).toBe(true);
  });
});

it('the keys the inline scripts read per organisation are the ones persist.ts scopes', () => {
  for (const key of [PLAN_KEY, PLAN_PANEL_HIDDEN_KEY, REMINDER_PREFIX])
    expect(ORG_SCOPED_KEY.test(key), key).toBe(true);
});
