import { describe, expect, it } from 'vitest';
import { filterRows, matrixRows, readOrgs, sortedReminders, type StorageView } from './matrix';
import type { GuideTable } from '../../site/guide-keys';
import type { Registry } from './orgs';

const GUIDES = {
  https: {
    key: 'https',
    title: 'HTTPS',
    href: '/connect/https/',
    checklist: { id: 'https', steps: ['a', 'b'] },
    requires: [],
  },
  token: {
    key: 'token',
    title: 'Токен',
    href: '/services/token/',
    checklist: { id: 'token', steps: ['c', 'd'] },
    requires: ['https'],
  },
  about: { key: 'about', title: 'О сайте', href: '/about/', requires: [] },
} as unknown as GuideTable;

const REGISTRY: Registry = [
  { id: '', name: 'ЦБ' },
  { id: 'o-gym16', name: 'Гимназия-16' },
  { id: 'o-sch5', name: 'Авиашкола' },
];

const rem = (date: string) =>
  JSON.stringify({ v: 1, data: { kind: 'token', label: 'Токен', date, seq: 0 } });

function view(entries: Record<string, string>): StorageView {
  return { get: (k) => entries[k], keys: () => Object.keys(entries) };
}

const STORAGE = view({
  'eis:v2:tick:https:a': '1',
  'eis:v2:tick:https:b': '1',
  'eis:v2:tick:token:c': '1',
  'eis:o-gym16:v2:tick:https:a': '1',
  'eis:o-gym16:v2:tick:token:zz:bad': '1',
  'eis:o-gym16:v2:tick:token:c': 'broken',
  'eis:o-sch5:v1:has-credentials': '{"v":1,"data":true}',
  'eis:v2:reminder:r-aaaa1111': rem('2027-03-01'),
  'eis:o-gym16:v2:reminder:r-bbbb2222': rem('2027-01-01'),
  'eis:o-sch5:v2:reminder:r-cccc3333': rem('2027-02-01'),
  'eis:o-sch5:v2:reminder:r-dddd4444': '{"v":1,"data":{"kind":"token"}}',
});

describe('the organisations matrix', () => {
  const data = readOrgs(REGISTRY, STORAGE);

  it("reads each organisation's own keys only, skipping unreadable entries", () => {
    expect(data.map((d) => d.ticks)).toEqual([
      { https: ['a', 'b'], token: ['c'] },
      { https: ['a'] },
      {},
    ]);
    expect(data.map((d) => d.hasCredentials)).toEqual([false, false, true]);
    expect(data.map((d) => d.reminders.map((r) => r.id))).toEqual([
      ['r-aaaa1111'],
      ['r-bbbb2222'],
      ['r-cccc3333'],
    ]);
  });

  it('has the same statuses as one organisation’s list, one column per guide with a checklist', () => {
    const rows = matrixRows(data, GUIDES);
    expect(
      rows.map((r) => r.cells.map((c) => `${c.guide}:${c.status}:${c.done}/${c.total}`)),
    ).toEqual([
      ['https:done:2/2', 'token:in-progress:1/2'],
      ['https:in-progress:1/2', 'token:blocked:0/2'],
      ['https:not-started:0/2', 'token:not-started:0/2'],
    ]);
  });

  it('filters «у кого не выполнено»', () => {
    const rows = matrixRows(data, GUIDES);
    expect(filterRows(rows, 'token').map((r) => r.org.name)).toEqual([
      'ЦБ',
      'Гимназия-16',
      'Авиашкола',
    ]);
    expect(filterRows(rows, 'https').map((r) => r.org.name)).toEqual(['Гимназия-16', 'Авиашкола']);
    expect(filterRows(rows, '')).toHaveLength(3);
  });

  it('sorts reminders by date or by organisation name', () => {
    const ids = (by: 'date' | 'org') => sortedReminders(data, by).map((r) => r.reminder.id);
    expect(ids('date')).toEqual(['r-bbbb2222', 'r-cccc3333', 'r-aaaa1111']);
    expect(ids('org')).toEqual(['r-cccc3333', 'r-bbbb2222', 'r-aaaa1111']);
  });
});
