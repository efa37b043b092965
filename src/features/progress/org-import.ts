/**
 * «Скачать прогресс» and «Загрузить» across organisations (issue 22): every organisation's
 * progress read straight from storage under its own keys, and an import that merges into (or
 * replaces) a chosen organisation or adds a new one. Every key written is returned as a Change,
 * so «Отменить сброс или загрузку» reverts all of it, the registry included. Loaded only with
 * progress-actions.ts.
 */
import { raw, type Change } from '../../lib/storage/persist';
import { storageView } from '../orgs/storage-view';
import { activeOrg, scopedKey } from '../../lib/storage/org-scope';
import { defineRecord, type StoredRecord } from '../../lib/storage/record';
import { rewrite } from '../../lib/storage/undo';
import {
  PLAN,
  TICK,
  TICK_VALUE,
  hasPlan,
  tickId,
  type Reminder,
  type Ticks,
} from '../../lib/storage/stored';
import { REMINDER } from '../reminders/reminder-codec';
import { readOrgs, type StorageView } from '../orgs/matrix';
import { tickHashes } from './progress-store';
import { $orgs } from '../orgs/org-store';
import {
  FIRST_ORG_NAME,
  ORGS,
  addOrg,
  checkName,
  freeName,
  newOrgId,
  sameName,
  type Org,
  type Registry,
} from '../orgs/orgs';
import {
  IMPORT_ERRORS,
  mergeFits,
  mergeProgress,
  type ImportSummary,
  type Progress,
} from './progress-file';
import { FILE_ORG_NAME, type FileOrg, type ImportedOrg } from './org-file';

/** Organisation `org`'s copy of a record kept per organisation. */
const recordOf = <T>(record: StoredRecord<T>, org: string): StoredRecord<T> =>
  defineRecord<T>({
    key: scopedKey(record.key, org),
    version: record.version,
    decode: record.decode,
    encode: record.encode,
    maxLength: record.maxLength,
  });

/** The step hashes organisation `org`'s ticks were made against (TICK's values), by tick id. */
function orgHashes(org: string, ticks: Ticks, view: StorageView): Progress['hashes'] {
  const record = recordOf(TICK, org);
  const values: Record<string, string> = {};
  for (const [list, steps] of Object.entries(ticks)) {
    for (const step of steps) {
      const id = tickId(list, step);
      const value = record.read(view.get(record.keyOf(id)), id)?.value;
      if (value) values[id] = value;
    }
  }
  return tickHashes(values);
}

/** Every organisation with its ticks (and their step hashes), plan and reminders, as stored. */
export function readAllOrgs(registry: Registry = $orgs.get()): FileOrg[] {
  const view = storageView();
  return readOrgs(registry, view).map(({ org, ticks, reminders }) => {
    const progress: Progress = {
      ticks,
      plan: recordOf(PLAN, org.id).read(view.get(scopedKey(PLAN.key, org.id)))?.value ?? {},
      reminders,
    };
    const hashes = orgHashes(org.id, ticks, view);
    if (hashes) progress.hashes = hashes;
    return { id: org.id, name: org.name, progress };
  });
}

/** Make organisation `org`'s stored progress equal to `next`; the keys changed. */
function replaceOrgProgress(org: string, current: Progress, next: Progress): Change[] {
  const ids = (p: Progress) =>
    Object.entries(p.ticks).flatMap(([list, steps]) => steps.map((s) => tickId(list, s)));
  // As replaceTicksAndPlan (progress-store.ts): the hash `next` gives a tick (the file's, or
  // the organisation's own after a merge), else the one it already has, else "1".
  const ticks = recordOf(TICK, org);
  const view = storageView();
  const items = Object.fromEntries(
    ids(next).map((id) => [
      id,
      next.hashes?.[id] ?? ticks.read(view.get(ticks.keyOf(id)), id)?.value ?? TICK_VALUE,
    ]),
  );
  return [
    ...rewrite(ticks, ids(current), items),
    ...rewrite(recordOf(PLAN, org), [''], hasPlan(next.plan) ? { '': next.plan } : {}),
    ...rewrite(
      recordOf(REMINDER, org),
      current.reminders.map((r) => r.id),
      Object.fromEntries(next.reminders.map((r: Reminder) => [r.id, r])),
    ),
  ];
}

/** Where a one-organisation file goes: a new organisation, or one of the reader's (by id). */
export type Target = { kind: 'new'; name: string; id?: string } | { kind: 'org'; id: string };

/**
 * A name the organisations' rules accept: `wanted` (or «Организация из файла» when it is empty or
 * looks like a secret), numbered when the list has it: «школа 5 (2)».
 */
export function freshName(registry: Registry, wanted: string): string {
  const first = checkName([], wanted);
  return freeName(registry, first.ok && !first.doubt ? first.name : FILE_ORG_NAME);
}

export type OrgsApply =
  { ok: true; changes: Change[]; added: number } | { ok: false; error: string };

/** Add organisation `name` (with `id`, or a new one); the registry key's change, and the org. */
function addToRegistry(name: string, id: string = newOrgId()) {
  const registry = $orgs.get();
  const result = addOrg(registry, freshName(registry, name), id);
  if (!result.ok) return result;
  const key = ORGS.keyOf();
  const before = raw.get(key);
  const after = ORGS.write(result.registry);
  raw.apply(key, after);
  return { ok: true as const, org: result.org, change: { key, before, after } };
}

/**
 * One organisation's part of an import: `apply` is today's import of this tab's organisation
 * (through its stores); any other organisation is written under its own keys.
 */
function applyToOrg(
  org: string,
  incoming: Progress,
  how: 'merge' | 'replace',
  applyActive: (incoming: Progress, how: 'merge' | 'replace') => OrgsApply,
): OrgsApply {
  if (org === activeOrg()) return applyActive(incoming, how);
  const current = readAllOrgs([{ id: org, name: '' }])[0]!.progress;
  if (how === 'merge' && !mergeFits(current, incoming)) {
    return { ok: false, error: IMPORT_ERRORS.tooMany };
  }
  const next = how === 'replace' ? incoming : mergeProgress(current, incoming);
  return { ok: true, changes: replaceOrgProgress(org, current, next), added: 0 };
}

/**
 * Tell this page that other organisations' keys changed, as another tab's write would: the
 * matrix of «Организации» (orgs-panel.ts) reads every organisation again on `storage`, and the
 * stores re-read theirs (unchanged, so nothing else moves).
 */
export const announceOrgs = (): void => {
  window.dispatchEvent(new StorageEvent('storage'));
};

/** Undo what went in so far when a later organisation fails: nothing half-imported stays. */
function rollback(changes: readonly Change[]): void {
  for (const c of [...changes].reverse()) raw.apply(c.key, c.before);
}

/**
 * Import `orgs` (a one-organisation file with its target, or every organisation of a
 * multi-organisation file, matched by id; unknown ones are added).
 */
export function applyOrgsImport(
  orgs: readonly { target: Target; progress: Progress }[],
  how: 'merge' | 'replace',
  applyActive: (incoming: Progress, how: 'merge' | 'replace') => OrgsApply,
): OrgsApply {
  const changes: Change[] = [];
  let added = 0;
  for (const { target, progress } of orgs) {
    let id: string;
    if (target.kind === 'new' || !$orgs.get().some((o) => o.id === target.id)) {
      // An organisation of the file keeps its id; one gone from the registry since comes back.
      const add = addToRegistry(target.kind === 'new' ? target.name : FILE_ORG_NAME, target.id);
      if (!add.ok) {
        rollback(changes);
        return { ok: false, error: `Файл не загружен, ваш прогресс не изменён: ${add.message}` };
      }
      changes.push(add.change);
      added += 1;
      id = add.org.id;
    } else id = target.id;
    const result = applyToOrg(id, progress, how, applyActive);
    if (!result.ok) {
      rollback(changes);
      return result;
    }
    changes.push(...result.changes);
  }
  announceOrgs();
  return { ok: true, changes, added };
}

/**
 * The reader's organisation a file's organisation is: the one with its id — but every browser's
 * first organisation has the id '', so the file's first one is the reader's first only under the
 * same name, or while the reader's first still has the name it came with (a browser the reader
 * moves to): a colleague's «МБОУ СОШ № 5» is not the reader's «Управление образования».
 */
export function matchOf<T extends Org>(o: FileOrg, mine: readonly T[]): T | undefined {
  const match = mine.find((m) => m.id === o.id);
  if (!match || o.id || !o.name) return match;
  return sameName(o.name, match.name) || match.name === FIRST_ORG_NAME ? match : undefined;
}

/** The targets of a multi-organisation file: each by id, with its name for a new one. */
export const manyTargets = (orgs: readonly ImportedOrg[]) =>
  orgs.map((o): { target: Target; progress: Progress } => {
    const known = matchOf(o, $orgs.get());
    const name = o.name || FILE_ORG_NAME;
    const target: Target = known
      ? { kind: 'org', id: known.id }
      : o.id
        ? { kind: 'new', name, id: o.id }
        : { kind: 'new', name };
    return { target, progress: o.progress };
  });

/** One preview line per organisation of a multi-organisation file. */
export function manyLines(
  orgs: readonly ImportedOrg[],
  describe: (s: ImportSummary) => string,
): string[] {
  const mine = $orgs.get();
  // The names the new ones will get, in order, as applyOrgsImport adds them: «(2)», «(3)»…
  let after = [...mine];
  return orgs.map((o) => {
    const match = matchOf(o, mine);
    const what = o.summary ? describe(o.summary).replace(/^В файле: /, '') : 'ничего.';
    if (match) return `«${match.name}»: объединим с вашей организацией — ${what}`;
    const name = freshName(after, o.name || FILE_ORG_NAME);
    after = [...after, { id: o.id, name }];
    return `«${name}»: добавим как новую организацию — ${what}`;
  });
}
