import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  IMPORT_ERRORS,
  MAX_IMPORT_BYTES,
  MAX_TICKS,
  buildExport,
  sameProgress,
  type Progress,
} from './progress-file';
import {
  FILE_ORG_NAME,
  MAX_ORGS_IMPORT_BYTES,
  nameFromFile,
  parseOrgsImport,
  withOrgs,
  type FileOrg,
} from './org-file';
import type { Reminder } from '../../lib/storage/stored';
import { MAX_REMINDERS } from '../reminders/reminder-codec';

const KNOWN = { token: ['a', 'b', 'c'], https: ['x', 'y'] };
const NOW = new Date(Date.UTC(2026, 11, 5, 9, 0));
const r = (id: string, over: Partial<Reminder> = {}): Reminder => ({
  id,
  kind: 'token',
  label: '',
  date: '2027-03-01',
  seq: 0,
  ...over,
});
const file = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, v: 1, exported: '2026-01-01T00:00:00Z', ...over });

const THREE: FileOrg[] = [
  {
    id: '',
    name: 'Управление образования',
    progress: { ticks: { token: ['a'] }, plan: { needs: ['send'] }, reminders: [] },
  },
  {
    id: 'o-gimn16abcd',
    name: 'Гимназия-16',
    progress: {
      ticks: { token: ['a', 'b'], https: ['x'] },
      plan: {},
      reminders: [r('r-abcd0001', { label: 'Токен директора' })],
    },
  },
  {
    id: 'o-sosh5abcde',
    name: 'МБОУ СОШ № 5',
    progress: { ticks: {}, plan: {}, reminders: [r('r-abcd0002', { kind: 'edo' })] },
  },
];

const exportOf = (orgs: FileOrg[], top: Progress = orgs[0]!.progress) =>
  JSON.stringify(withOrgs(buildExport(top, NOW), orgs, NOW), null, 2);

describe('the export with organisations', () => {
  it('round-trips three organisations: ids, names and each one’s ticks, plan and reminders', () => {
    const result = parseOrgsImport(exportOf(THREE), KNOWN);
    expect(result.ok && result.kind).toBe('many');
    if (!result.ok || result.kind !== 'many') return;
    expect(result.orgs.map((o) => [o.id, o.name])).toEqual(THREE.map((o) => [o.id, o.name]));
    result.orgs.forEach((o, i) => expect(sameProgress(o.progress, THREE[i]!.progress)).toBe(true));
    expect(result.orgs[1]!.summary).toMatchObject({ ticks: 3, lists: 2, reminders: 1 });
  });

  it('carries each organisation’s step hashes of its ticks through export and import', () => {
    const hashed = THREE.map((o, i) =>
      i === 1 ? { ...o, progress: { ...o.progress, hashes: { 'token:b': 'abcdef12' } } } : o,
    );
    const written = JSON.parse(exportOf(hashed));
    expect(written.orgs.map((o: { hashes?: unknown }) => o.hashes)).toEqual([
      undefined,
      { 'token:b': 'abcdef12' },
      undefined,
    ]);
    const result = parseOrgsImport(JSON.stringify(written), KNOWN);
    expect(
      result.ok && result.kind === 'many' && result.orgs.map((o) => o.progress.hashes),
    ).toEqual([undefined, { 'token:b': 'abcdef12' }, undefined]);
  });

  it('a reader with one organisation writes today’s file, byte for byte', () => {
    const top = buildExport(THREE[1]!.progress, NOW);
    const one = withOrgs(top, [THREE[1]!], NOW);
    expect(JSON.stringify(one)).toBe(JSON.stringify(top));
    expect(one).not.toHaveProperty('orgs');
  });

  it('keeps the top-level fields for an older site, and never writes a secret label', () => {
    const leaky = THREE.map((o, i) =>
      i === 2
        ? {
            ...o,
            progress: {
              ...o.progress,
              reminders: [r('r-abcd0003', { label: 'Pa$$w0rd!2024xyz' })],
            },
          }
        : o,
    );
    const written = JSON.parse(exportOf(leaky, THREE[1]!.progress));
    expect(written.ticks).toEqual(THREE[1]!.progress.ticks);
    expect(written.orgs[2].reminders[0].label).toBe('');
  });
});

describe('older files and single organisations', () => {
  it('reads a file of today (no section) as one organisation', () => {
    const result = parseOrgsImport(file({ ticks: { token: ['a'] } }), KNOWN);
    expect(result.ok && result.kind).toBe('one');
    if (result.ok && result.kind === 'one')
      expect(result.result.progress.ticks).toEqual({ token: ['a'] });
  });

  it('a section with fewer than two readable organisations is read as today’s file', () => {
    for (const orgs of [
      [],
      [{ id: '', name: 'X', ticks: { token: ['b'] } }],
      'all',
      [1, 2],
      null,
    ]) {
      const result = parseOrgsImport(file({ ticks: { token: ['a'] }, orgs }), KNOWN);
      expect(result.ok && result.kind === 'one' && result.result.progress.ticks).toEqual({
        token: ['a'],
      });
    }
  });

  it('refuses what today’s import refuses, with the same messages', () => {
    expect(parseOrgsImport('{', KNOWN)).toEqual({ ok: false, error: IMPORT_ERRORS.notJson });
    expect(parseOrgsImport(file({ v: 2 }), KNOWN)).toEqual({
      ok: false,
      error: IMPORT_ERRORS.version,
    });
    const empty = file({
      orgs: [
        { id: '', name: 'A' },
        { id: 'o-abcd1234', name: 'B', ticks: { nope: ['a'] } },
      ],
    });
    expect(parseOrgsImport(empty, KNOWN)).toEqual({ ok: false, error: IMPORT_ERRORS.empty });
  });

  it('a file of several organisations keeps the reader’s last visit', () => {
    const text = file({
      lastVisit: '2026-11-01',
      orgs: [
        { id: '', name: 'A', ticks: { token: ['a'] } },
        { id: 'o-abcd1234', name: 'B', ticks: { token: ['b'] } },
      ],
    });
    const result = parseOrgsImport(text, KNOWN);
    expect(
      result.ok && result.kind === 'many' && result.orgs.map((o) => o.progress.lastVisit),
    ).toEqual(['2026-11-01', '2026-11-01']);
  });

  it('skips organisations with a bad or repeated id, keeps an empty one', () => {
    const text = file({
      orgs: [
        { id: '', name: 'A', ticks: { token: ['a'] } },
        { id: '../x', name: 'Bad', ticks: { token: ['b'] } },
        { id: 'o-abcd1234', name: 'B' },
        { id: 'o-abcd1234', name: 'B again', ticks: { token: ['c'] } },
      ],
    });
    const result = parseOrgsImport(text, KNOWN);
    expect(
      result.ok &&
        result.kind === 'many' &&
        result.orgs.map((o) => [o.id, o.name, o.summary?.ticks]),
    ).toEqual([
      ['', 'A', 1],
      ['o-abcd1234', 'B', undefined],
    ]);
  });
});

describe('whatever the site exports with organisations, it imports', () => {
  it('reads back three organisations at their largest', () => {
    const worst = (org: number, i: number) =>
      r(`r-${String(org)}${String(i).padStart(31, '0')}`, {
        kind: 'edo',
        label: '\uD800'.repeat(80),
        date: '2027-12-31',
        seq: Number.MAX_SAFE_INTEGER,
      });
    const known: Record<string, string[]> = {};
    const ticks: Record<string, string[]> = {};
    for (let i = 0; i < MAX_TICKS; i += 1) {
      const list = `l${String(i).padStart(79, '0')}`;
      ticks[list] = [`s${String(i).padStart(79, '0')}`];
      known[list] = ticks[list]!;
    }
    const orgs: FileOrg[] = [0, 1, 2].map((n) => ({
      id: n ? `o-${String(n).padStart(32, 'z')}` : '',
      name: 'Я'.repeat(80),
      progress: {
        ticks,
        plan: { needs: ['send', 'services', 'activation', 'rereg', 'support'], ris: 'unknown' },
        reminders: Array.from({ length: MAX_REMINDERS }, (_, i) => worst(n, i)),
      },
    }));
    const text = exportOf(orgs);
    const bytes = new Blob([text]).size;
    // Each organisation (and the top-level copy) fits the bound of one, so 100 fit the bound.
    expect(bytes).toBeLessThanOrEqual(4 * MAX_IMPORT_BYTES);
    expect(MAX_ORGS_IMPORT_BYTES).toBeGreaterThanOrEqual(101 * MAX_IMPORT_BYTES);
    const result = parseOrgsImport(text, known);
    expect(
      result.ok && result.kind === 'many' && result.orgs.map((o) => o.summary?.reminders),
    ).toEqual([MAX_REMINDERS, MAX_REMINDERS, MAX_REMINDERS]);
  });
});

describe('nameFromFile', () => {
  it('names a new organisation from the file, not from the site’s own file name', () => {
    expect(nameFromFile('Гимназия-16.json')).toBe('Гимназия-16');
    expect(nameFromFile('МБОУ_СОШ_№_5.JSON')).toBe('МБОУ СОШ № 5');
    expect(nameFromFile('eis-progress-2026-12-05.json')).toBe(FILE_ORG_NAME);
    expect(nameFromFile('eis-progress-2026-12-05 (1).json')).toBe(FILE_ORG_NAME);
    expect(nameFromFile('.json')).toBe(FILE_ORG_NAME);
  });
});

describe('a file nested too deep', () => {
  // An audit of round 29: Chromium 110's stack gave out re-writing such an entry, the error went
  // uncaught and the import did nothing, without a word. Node's stack gives out the same way.
  it('is refused with a sentence, not an exception', () => {
    const written = withOrgs(buildExport(THREE[0]!.progress, NOW), THREE, NOW);
    const orgs = written.orgs!.map((o, i) => (i === 1 ? { ...o, plan: 'DEEP' } : o));
    const text = JSON.stringify({ ...written, orgs }).replace(
      '"DEEP"',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    );
    const result = parseOrgsImport(text, KNOWN);
    expect(result).toEqual({ ok: false, error: IMPORT_ERRORS.notOurs });
  });
});
