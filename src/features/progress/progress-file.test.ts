import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  IMPORT_ERRORS,
  MAX_IMPORT_BYTES,
  MAX_TICKS,
  buildExport,
  exportFilename,
  mergeProgress,
  parseImport,
  sameProgress,
  type Progress,
} from './progress-file';
import type { Reminder } from '../../lib/storage/stored';
import { MAX_REMINDERS } from '../reminders/reminder-codec';
import { tickRenames, type ChecklistLock } from '../../site/checklist-lock';

const KNOWN = { token: ['a', 'b', 'c'], https: ['x', 'y'] };
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

// Files that must be refused, leaving progress as it was. Each message is one short sentence.
const MALFORMED: string[] = [
  '',
  '{',
  'null',
  '[]',
  '42',
  '"text"',
  '{}',
  JSON.stringify({ format: 'other', v: 1, ticks: { token: ['a'] } }),
  JSON.stringify({ v: 1, ticks: { token: ['a'] } }),
  file({ v: 2, ticks: { token: ['a'] } }),
  file({ v: '1', ticks: { token: ['a'] } }),
  file({ v: { toString: 1 }, ticks: { token: ['a'] } }),
  file({ v: 'x'.repeat(45_000) }),
  file({ v: null }),
  file({ ticks: {} }),
  file({ ticks: 'all' }),
  file({ ticks: ['token'] }),
  file({ ticks: { unknown: ['a'] } }),
  file({ ticks: { token: ['zzz'] } }),
  file({ ticks: { token: 'a' } }),
  file({ ticks: { TOKEN: ['a'] } }),
  file({ ticks: null, plan: null, reminders: null }),
  file({ plan: { needs: ['nothing'] } }),
  file({ plan: 'services' }),
  file({ reminders: 'many' }),
  file({ reminders: [{ id: 'x', kind: 'token', date: '2027-01-01' }] }),
  file({ reminders: [{ id: 'r-abcd1234', kind: 'token', date: '2027-02-30' }] }),
  file({ reminders: [null, 1, 'a', []] }),
  file({ ticks: { __proto__: { token: ['a'] } } }),
  'x'.repeat(MAX_IMPORT_BYTES + 1),
  '\uFEFF{"format":"eis-integration-progress","v":1,"ticks":{}}',
  file({ ticks: { constructor: ['a'], toString: ['b'] } }),
];

describe('parseImport refuses what the site does not know', () => {
  it('has at least 30 malformed files', () => expect(MALFORMED.length).toBeGreaterThanOrEqual(30));

  it.each(MALFORMED.map((text, i) => [i, text] as const))('file %i is refused', (_i, text) => {
    const result = parseImport(text, KNOWN);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.length).toBeLessThanOrEqual(200);
    // One sentence: a single full stop, at the end.
    expect(result.error).toMatch(/^[^.!?]+\.$/);
    expect(result.error).not.toContain('xxxx');
    expect(result.error).not.toContain('[object');
  });

  it('explains a version mismatch without echoing it', () => {
    expect(parseImport(file({ v: 7, ticks: { token: ['a'] } }), KNOWN)).toEqual({
      ok: false,
      error: IMPORT_ERRORS.version,
    });
  });
});

describe('parseImport follows the renames of the lock file', () => {
  // Since the file was exported: step "open" of "token" became "a" (and "a-old" → "open" → "a",
  // a chain), and the checklist "creds" became "https", its step "pass" now "y".
  const lock: ChecklistLock = {
    version: 1,
    checklists: {
      token: { steps: ['a', 'b', 'c'], renamed: { open: 'a', 'a-old': 'open' } },
      creds: { steps: ['x', 'pass', 'gone'] },
      https: { steps: ['x', 'y'], renamed: { pass: 'y' } },
    },
    renamedChecklists: { creds: 'https' },
  };
  const renames = tickRenames(lock);
  const before = file({ ticks: { token: ['a-old', 'b'], creds: ['x', 'pass', 'gone'] } });

  it('imports a file exported before a rename with its ticks under the new ids', () => {
    const result = parseImport(before, KNOWN, renames);
    expect(result.ok && result.progress.ticks).toEqual({ token: ['a', 'b'], https: ['x', 'y'] });
    // "gone" was moved to https:gone, which the site does not have.
    expect(result.ok && result.summary).toMatchObject({ lists: 2, ticks: 4, ignored: 1 });
  });

  it('without the renames those ticks would be lost', () => {
    const result = parseImport(before, KNOWN);
    expect(result.ok && result.progress.ticks).toEqual({ token: ['b'] });
    expect(result.ok && result.summary).toMatchObject({ ticks: 1, ignored: 4 });
  });

  it('a tick under both the old and the new id counts once; renames never invent ticks', () => {
    const result = parseImport(file({ ticks: { token: ['open', 'a'] } }), KNOWN, renames);
    expect(result.ok && result.progress.ticks).toEqual({ token: ['a'] });
    expect(result.ok && result.summary).toMatchObject({ ticks: 1, ignored: 0 });
    const none = parseImport(file({ ticks: { token: ['c'] } }), KNOWN, renames);
    expect(none.ok && none.progress.ticks).toEqual({ token: ['c'] });
  });

  it('ignores a rename whose target is not a tick id', () => {
    const result = parseImport(file({ ticks: { token: ['open', 'b'] } }), KNOWN, {
      'token:open': 'Not An Id',
    });
    expect(result.ok && result.progress.ticks).toEqual({ token: ['b'] });
  });
});

describe('parseImport keeps what it knows', () => {
  it('summarises ticks, reminders and plan; drops unknown steps and secret labels', () => {
    const result = parseImport(
      file({
        ticks: { token: ['a', 'zzz'], unknown: ['q'], https: ['x'] },
        plan: { needs: ['services'], ris: 'no' },
        reminders: [
          r('r-abcd0001', { label: 'Отдел закупок' }),
          r('r-abcd0002', { label: '3f2504e0-4f89-11d3-9a0c-0305e82c3301' }),
          { id: 'bad' },
        ],
      }),
      KNOWN,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary).toEqual({
      lists: 2,
      ticks: 2,
      reminders: 2,
      plan: true,
      ignored: 2,
      redacted: 1,
      broken: 1,
    });
    expect(JSON.stringify(result.progress)).not.toContain('3f2504e0');
  });

  it('keeps the newer of two entries with one id', () => {
    const result = parseImport(
      file({ reminders: [r('r-abcd0001', { seq: 1 }), r('r-abcd0001', { seq: 4, label: 'B' })] }),
      KNOWN,
    );
    expect(result.ok && result.progress.reminders).toEqual([
      r('r-abcd0001', { seq: 4, label: 'B' }),
    ]);
  });

  it(`refuses more than ${MAX_REMINDERS} reminders`, () => {
    const many = Array.from({ length: MAX_REMINDERS + 1 }, (_, i) =>
      r(`r-a${String(i).padStart(4, '0')}`),
    );
    // The file alone is over: said so, not «вместе с вашими» (round 34's red team).
    expect(parseImport(file({ reminders: many }), KNOWN)).toEqual({
      ok: false,
      error: IMPORT_ERRORS.fileTooMany,
    });
    expect(IMPORT_ERRORS.fileTooMany).not.toMatch(/вместе с вашими/);
  });

  it('reads a file near the size limit', () => {
    const reminders = Array.from({ length: MAX_REMINDERS }, (_, i) =>
      r(`r-big${String(i).padStart(4, '0')}`, { label: 'Отдел закупок, корпус 2, кабинет 15' }),
    );
    const text = file({ reminders, pad: 'x'.repeat(40_000) });
    expect(text.length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    const result = parseImport(text, KNOWN);
    expect(result.ok && result.summary.reminders).toBe(MAX_REMINDERS);
  });

  it('round-trips an export', () => {
    const state: Progress = {
      ticks: { token: ['a', 'b'] },
      plan: { needs: ['send'] },
      reminders: [r('r-abcd0001', { label: 'Школа № 3' })],
    };
    const result = parseImport(JSON.stringify(buildExport(state, new Date())), KNOWN);
    expect(result.ok && sameProgress(result.progress, state)).toBe(true);
  });

  it('carries the day of the last visit; a file without one, or with a bad one, still imports', () => {
    const state: Progress = {
      ticks: { token: ['a'] },
      plan: {},
      reminders: [],
      lastVisit: '2026-11-20',
    };
    const file = buildExport(state, new Date());
    expect(file.lastVisit).toBe('2026-11-20');
    const back = parseImport(JSON.stringify(file), KNOWN);
    expect(back.ok && back.progress.lastVisit).toBe('2026-11-20');
    const old: Partial<typeof file> = { ...file };
    delete old.lastVisit;
    const oldBack = parseImport(JSON.stringify(old), KNOWN);
    expect(oldBack.ok && !('lastVisit' in oldBack.progress)).toBe(true);
    const bad = parseImport(JSON.stringify({ ...file, lastVisit: '20.11.2026' }), KNOWN);
    expect(bad.ok && !('lastVisit' in bad.progress)).toBe(true);
  });
});

describe('step hashes of ticks in the file', () => {
  const state: Progress = {
    ticks: { token: ['a', 'b'], https: ['x'] },
    plan: {},
    reminders: [],
    // `b` was ticked before hashes existed ("1"): it has none.
    hashes: { 'token:a': 'abcdef12', 'https:x': '0badc0de' },
  };

  it('carries each tick’s hash through export and import', () => {
    const exported = buildExport(state, new Date());
    expect(exported.hashes).toEqual({ 'token:a': 'abcdef12', 'https:x': '0badc0de' });
    const back = parseImport(JSON.stringify(exported, null, 2), KNOWN);
    expect(back.ok && back.progress.hashes).toEqual({
      'token:a': 'abcdef12',
      'https:x': '0badc0de',
    });
  });

  it('an old file without hashes still imports, its ticks without hashes', () => {
    const old = file({ ticks: { token: ['a', 'b'] } });
    const back = parseImport(old, KNOWN);
    expect(back.ok && back.progress.ticks).toEqual({ token: ['a', 'b'] });
    expect(back.ok && 'hashes' in back.progress).toBe(false);
  });

  it('drops a bad hash, a hash of no tick, and the hash of a tick moved by a rename', () => {
    const text = file({
      ticks: { token: ['a', 'b', 'old'] },
      hashes: {
        'token:a': 'ABCDEF12',
        'token:b': 'abcdef12',
        'token:c': 'abcdef12',
        'token:old': '12345678',
      },
    });
    const back = parseImport(text, KNOWN, { 'token:old': 'token:c' });
    expect(back.ok && back.progress.ticks).toEqual({ token: ['a', 'b', 'c'] });
    // `c` came from `old`: made against the old step's text, so no hash ("1").
    expect(back.ok && back.progress.hashes).toEqual({ 'token:b': 'abcdef12' });
  });

  it('does not write a hash for a tick the export leaves out', () => {
    const exported = buildExport({ ...state, hashes: { 'token:z': 'abcdef12' } }, new Date());
    expect(exported.hashes).toBeUndefined();
  });
});

describe('whatever the site exports, it imports', () => {
  it('reads back the largest file «Скачать прогресс» can write', () => {
    // Labels whose every character takes the most bytes (a lone surrogate becomes \uXXXX) and
    // the longest ids; as many ticks as an export carries, each in its own checklist.
    const worst = (i: number) =>
      r(`r-${String(i).padStart(32, '0')}`, {
        kind: 'edo',
        label: '\uD800'.repeat(80),
        date: '2027-12-31',
        seq: Number.MAX_SAFE_INTEGER,
      });
    const ticks: Record<string, string[]> = {};
    const hashes: Record<string, string> = {};
    for (let i = 0; i < MAX_TICKS + 50; i += 1) {
      const [list, step] = [`l${String(i).padStart(79, '0')}`, `s${String(i).padStart(79, '0')}`];
      ticks[list] = [step];
      hashes[`${list}:${step}`] = 'abcdef12';
    }
    const state: Progress = {
      ticks,
      hashes,
      plan: { needs: ['send', 'services', 'activation', 'rereg', 'support'], ris: 'unknown' },
      reminders: Array.from({ length: MAX_REMINDERS }, (_, i) => worst(i)),
    };
    const exported = buildExport(state, new Date(2026, 0, 1));
    expect(exported.reminders[0]!.label).toBe(state.reminders[0]!.label);
    expect(Object.keys(exported.ticks)).toHaveLength(MAX_TICKS);
    expect(Object.keys(exported.hashes ?? {})).toHaveLength(MAX_TICKS);
    // As exportProgress writes it: indented JSON, counted in bytes as File.size counts.
    const text = JSON.stringify(exported, null, 2);
    expect(new Blob([text]).size).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    const result = parseImport(text, KNOWN);
    expect(result.ok && result.summary.reminders).toBe(MAX_REMINDERS);
  });
});

describe('buildExport', () => {
  it('never writes a label that looks like a secret', () => {
    const out = JSON.stringify(
      buildExport(
        { ticks: {}, plan: {}, reminders: [r('r-abcd0001', { label: 'token=a9c1e77d0b3f4e52' })] },
        new Date(),
      ),
    );
    expect(out).not.toContain('a9c1e77d0b3f4e52');
  });

  it('names the file by the local date', () => {
    // 23:30 local on 31 Dec is still 31 Dec, whatever UTC says.
    expect(exportFilename(new Date(2026, 11, 31, 23, 30))).toBe('eis-progress-2026-12-31.json');
    expect(exportFilename(new Date(2027, 0, 1, 0, 10))).toBe('eis-progress-2027-01-01.json');
  });
});

describe('mergeProgress', () => {
  const mine: Progress = {
    ticks: { token: ['a'] },
    plan: { needs: ['send'] },
    reminders: [r('r-abcd0001', { seq: 2, label: 'мой' }), r('r-abcd0002')],
  };
  const theirs: Progress = {
    ticks: { token: ['b'], https: ['x'] },
    plan: { needs: ['services'] },
    reminders: [r('r-abcd0001', { seq: 1, label: 'старый' }), r('r-abcd0003', { seq: 5 })],
  };

  it('adds ticks and reminders, the newer seq wins, the reader keeps their plan', () => {
    const merged = mergeProgress(mine, theirs);
    expect(merged.ticks).toEqual({ token: ['a', 'b'], https: ['x'] });
    expect(merged.plan).toEqual({ needs: ['send'] });
    expect(merged.reminders.map((x) => [x.id, x.label])).toEqual([
      ['r-abcd0001', 'мой'],
      ['r-abcd0002', ''],
      ['r-abcd0003', ''],
    ]);
    expect(
      mergeProgress(mine, { ...theirs, reminders: [r('r-abcd0001', { seq: 3, label: 'новый' })] })
        .reminders[0]!.label,
    ).toBe('новый');
  });

  it('never replaces a label with an empty one', () => {
    const newer = r('r-abcd0001', { seq: 9, label: '', date: '2028-01-01' });
    const merged = mergeProgress(mine, { ...theirs, reminders: [newer] });
    expect(merged.reminders[0]).toEqual({ ...newer, label: 'мой' });
  });

  it('keeps the reader’s own hash of a tick; the file’s comes with a tick of unknown text', () => {
    const merged = mergeProgress(
      { ...mine, ticks: { token: ['a', 'b'] }, hashes: { 'token:a': '11111111' } },
      {
        ...theirs,
        hashes: { 'token:a': '22222222', 'token:b': '33333333', 'https:x': '44444444' },
      },
    );
    expect(merged.hashes).toEqual({
      'token:a': '11111111',
      'token:b': '33333333',
      'https:x': '44444444',
    });
  });

  it('keeps the reader’s last visit, and takes the file’s only when there is none', () => {
    const older = { ...theirs, lastVisit: '2026-10-01' };
    const later = { ...theirs, lastVisit: '2026-12-01' };
    const myVisit = { ...mine, lastVisit: '2026-11-15' };
    expect(mergeProgress(myVisit, later).lastVisit).toBe('2026-11-15');
    expect(mergeProgress(myVisit, older).lastVisit).toBe('2026-11-15');
    expect(mergeProgress(myVisit, theirs).lastVisit).toBe('2026-11-15');
    expect(mergeProgress(mine, later).lastVisit).toBe('2026-12-01');
    expect('lastVisit' in mergeProgress(mine, theirs)).toBe(false);
  });

  it('takes the file plan when the reader has none, and never loses a tick of either', () => {
    expect(mergeProgress({ ...mine, plan: {} }, theirs).plan).toEqual({ needs: ['services'] });
    expect(mergeProgress(mine, { ticks: {}, plan: {}, reminders: [] })).toEqual(mine);
  });
});
