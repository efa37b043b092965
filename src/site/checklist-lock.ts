/**
 * The checklist lock file (src/content/checklists.lock.json): every checklist id and step id the
 * site has ever published, so a reader's ticks (stored under `<list>:<step>`) are never orphaned
 * silently. An id may leave the pages only when the lock maps it to a new id (`renamed`, and the
 * readers' ticks move with it) or marks it retired (`retired`, the ticks stay unused). Pure: the
 * build check lives in src/build/checklists.ts, the file is written by
 * `npm run checklists:lock`.
 */
import { isId } from '../lib/ids';
import { TICK_HASH, isObject } from '../lib/storage/stored';
import { hasOwn } from '../lib/storage/stored-lazy';
import type { ChecklistInfo } from './checklist-scan';

export interface LockedList {
  /** The step ids on the pages, in page order (written by `npm run checklists:lock`). */
  steps: string[];
  /** Old step id → its new id in this list (edited by hand when a step id changes). */
  renamed?: Record<string, string>;
  /** Step ids removed on purpose; their ticks are not carried anywhere. */
  retired?: string[];
  /**
   * Each step's text hash (src/site/step-hash.ts), written by `npm run checklists:lock`. A tick
   * stores the hash it was made against: a step whose text changed after the tick says so.
   */
  hashes?: Record<string, string>;
}

/** Step hashes of the pages' checklists: `{ list: { step: hash } }` (src/site/model.ts). */
export type StepHashes = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface ChecklistLock {
  version: 1;
  checklists: Record<string, LockedList>;
  /** Old checklist id → new checklist id; its steps keep their ids unless renamed in the new list. */
  renamedChecklists?: Record<string, string>;
  /** Checklist ids removed on purpose. */
  retiredChecklists?: string[];
}

export const EMPTY_LOCK: ChecklistLock = { version: 1, checklists: {} };

/** A problem in the lock or between the lock and the pages: the id and what to do. */
export interface LockProblem {
  id: string;
  message: string;
  hint: string;
  /** Set when only `npm run checklists:lock` is needed: an id on the pages not in the lock yet. */
  unlocked?: true;
}

const LOCK_FILE = 'src/content/checklists.lock.json';
const LOCK_CMD = 'npm run checklists:lock';

const isHash = (v: unknown) => typeof v === 'string' && TICK_HASH.test(v);
const idList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isId);
const idMap = (v: unknown): v is Record<string, string> =>
  isObject(v) && Object.entries(v).every(([k, x]) => isId(k) && isId(x));

/** Read the lock file's JSON; problems for anything that is not the documented shape. */
export function parseLock(value: unknown): { lock: ChecklistLock; problems: LockProblem[] } {
  const problems: LockProblem[] = [];
  const bad = (id: string, what: string) =>
    problems.push({
      id,
      message: `${LOCK_FILE}: ${what}.`,
      hint: `Ids follow the rule of src/lib/ids.ts; see «Как добавить чек-лист» in README.md for the format.`,
    });
  if (!isObject(value) || value['version'] !== 1 || !isObject(value['checklists'])) {
    bad('', 'expected {"version": 1, "checklists": {…}}');
    return { lock: EMPTY_LOCK, problems };
  }
  const lock: ChecklistLock = { version: 1, checklists: {} };
  for (const [id, entry] of Object.entries(value['checklists'])) {
    if (!isId(id) || !isObject(entry) || !idList(entry['steps'])) {
      bad(id, `the checklist "${id}" needs a valid id and "steps": [ids]`);
      continue;
    }
    const list: LockedList = { steps: [...entry['steps']] };
    if (entry['renamed'] !== undefined) {
      if (idMap(entry['renamed'])) list.renamed = { ...entry['renamed'] };
      else bad(id, `"renamed" of "${id}" must map old step ids to new step ids`);
    }
    if (entry['retired'] !== undefined) {
      if (idList(entry['retired'])) list.retired = [...entry['retired']];
      else bad(id, `"retired" of "${id}" must be a list of step ids`);
    }
    const hashes = entry['hashes'];
    if (hashes !== undefined) {
      if (isObject(hashes) && Object.entries(hashes).every(([k, h]) => isId(k) && isHash(h)))
        list.hashes = { ...(hashes as Record<string, string>) };
      else bad(id, `"hashes" of "${id}" must map step ids to 8 hex digits`);
    }
    lock.checklists[id] = list;
  }
  if (value['renamedChecklists'] !== undefined) {
    if (idMap(value['renamedChecklists']))
      lock.renamedChecklists = { ...value['renamedChecklists'] };
    else bad('', '"renamedChecklists" must map old checklist ids to new ones');
  }
  if (value['retiredChecklists'] !== undefined) {
    if (idList(value['retiredChecklists']))
      lock.retiredChecklists = [...value['retiredChecklists']];
    else bad('', '"retiredChecklists" must be a list of checklist ids');
  }
  return { lock, problems };
}

/** Follow a rename chain (a → b → c) to its end; `undefined` on a loop. */
function follow(map: Readonly<Record<string, string>>, id: string): string | undefined {
  const seen = new Set<string>();
  let cur = id;
  while (hasOwn(map, cur)) {
    if (seen.has(cur)) return undefined;
    seen.add(cur);
    cur = map[cur]!;
  }
  return cur;
}

/**
 * Compare the lock with the checklists on the pages. Problems: an id in the lock that is gone
 * from the pages and neither renamed nor retired; a rename whose target is not on the pages (or
 * loops); an id on the pages that is not in the lock yet (run the lock command); a checklist id
 * used on two pages.
 */
export function diffLock(
  lock: ChecklistLock,
  pages: readonly { file: string; lists: readonly ChecklistInfo[] }[],
  hashes?: StepHashes,
): LockProblem[] {
  const problems: LockProblem[] = [];
  const current = new Map<string, { file: string; steps: string[] }>();
  for (const { file, lists } of pages) {
    for (const list of lists) {
      const other = current.get(list.id);
      if (other) {
        problems.push({
          id: list.id,
          message: `The checklist id "${list.id}" is used on two pages: ${other.file} and ${file}.`,
          hint: "A checklist id names the readers' ticks across the site: give one of them another id.",
        });
      } else current.set(list.id, { file, steps: list.steps });
    }
  }
  const listRenames = lock.renamedChecklists ?? {};
  const retiredLists = new Set(lock.retiredChecklists ?? []);

  for (const [listId, locked] of Object.entries(lock.checklists)) {
    const onPage = current.get(listId);
    if (!onPage) {
      if (retiredLists.has(listId)) continue;
      const target = follow(listRenames, listId);
      if (target !== listId && target && current.has(target)) continue;
      problems.push({
        id: listId,
        message: `The checklist "${listId}" is in ${LOCK_FILE} but on no page: readers' ticks in it would be lost silently.`,
        hint:
          target && target !== listId
            ? `"renamedChecklists" maps it to "${target}", which is on no page either: fix the mapping.`
            : `Put the checklist back, or in ${LOCK_FILE} map the old id to the new one in "renamedChecklists": {"${listId}": "new-id"}, or add "${listId}" to "retiredChecklists".`,
      });
      continue;
    }
    const renamed = locked.renamed ?? {};
    const retired = new Set(locked.retired ?? []);
    for (const step of locked.steps) {
      if (onPage.steps.includes(step) || retired.has(step)) continue;
      const target = follow(renamed, step);
      if (target && target !== step && onPage.steps.includes(target)) continue;
      problems.push({
        id: `${listId}:${step}`,
        message: `The step "${step}" of the checklist "${listId}" (${onPage.file}) is in ${LOCK_FILE} but no longer on the page: readers' ticks on it would be lost silently.`,
        hint:
          target && target !== step
            ? `"renamed" maps it to "${target}", which is not a step of "${listId}": fix the mapping.`
            : `If you changed the step's id, put the old one back (ids are not wording) or add "renamed": {"${step}": "new-id"} to "${listId}" in ${LOCK_FILE}; if you removed the step, add "${step}" to its "retired" list. Then run \`${LOCK_CMD}\`.`,
      });
    }
    for (const [from] of Object.entries(renamed)) {
      if (onPage.steps.includes(from)) {
        problems.push({
          id: `${listId}:${from}`,
          message: `The step "${from}" of "${listId}" is on the page but ${LOCK_FILE} says it was renamed.`,
          hint: `Remove "${from}" from "renamed" of "${listId}", or change the step's id on the page.`,
        });
      }
    }
  }
  for (const [listId, { file, steps }] of current) {
    const locked = lock.checklists[listId];
    const changed = steps.filter(
      (s) =>
        locked?.steps.includes(s) &&
        hashes?.[listId]?.[s] !== undefined &&
        locked.hashes?.[s] !== hashes[listId][s],
    );
    if (changed.length) {
      problems.push({
        id: `${listId}:${changed[0]}`,
        message: `The text of ${changed.length === 1 ? 'the step' : 'steps'} ${changed.join(', ')} of "${listId}" (${file}) changed since ${LOCK_FILE} was written.`,
        hint: `Readers who ticked ${changed.length === 1 ? 'it' : 'them'} will be asked to check again: add a change note naming the step (\`changes:\` in the page's frontmatter; \`wording: true\` if no action changed), then run \`${LOCK_CMD}\` and commit ${LOCK_FILE}.`,
        unlocked: true,
      });
    }
    const missing = locked ? steps.filter((s) => !locked.steps.includes(s)) : steps;
    if (missing.length || !locked) {
      problems.push({
        id: locked ? `${listId}:${missing[0]}` : listId,
        message: locked
          ? `New step ids in "${listId}" (${file}) are not in ${LOCK_FILE} yet: ${missing.join(', ')}.`
          : `The checklist "${listId}" (${file}) is not in ${LOCK_FILE} yet.`,
        hint: `Run \`${LOCK_CMD}\` and commit ${LOCK_FILE}.`,
        unlocked: true,
      });
    }
  }
  return problems;
}

/**
 * The lock after `npm run checklists:lock`: every list's `steps` set to what is on the pages,
 * renames and retirements kept. Only for pages with no vanished id (check `diffLock` first: the
 * command never drops an id on its own).
 */
export function updateLock(
  lock: ChecklistLock,
  pages: readonly { lists: readonly ChecklistInfo[] }[],
  hashes?: StepHashes,
): ChecklistLock {
  const next: ChecklistLock = { version: 1, checklists: {} };
  const all = pages.flatMap((p) => p.lists);
  const ids = new Set([...Object.keys(lock.checklists), ...all.map((l) => l.id)]);
  for (const id of [...ids].sort()) {
    const onPage = all.find((l) => l.id === id);
    const old = lock.checklists[id];
    const entry: LockedList = { steps: onPage ? [...onPage.steps] : [...(old?.steps ?? [])] };
    if (old?.renamed && Object.keys(old.renamed).length) entry.renamed = { ...old.renamed };
    if (old?.retired?.length) entry.retired = [...old.retired];
    const now = onPage && hashes?.[id];
    if (now) entry.hashes = Object.fromEntries(onPage.steps.map((s) => [s, now[s]!]));
    else if (old?.hashes) entry.hashes = { ...old.hashes };
    next.checklists[id] = entry;
  }
  if (lock.renamedChecklists && Object.keys(lock.renamedChecklists).length) {
    next.renamedChecklists = { ...lock.renamedChecklists };
  }
  if (lock.retiredChecklists?.length) next.retiredChecklists = [...lock.retiredChecklists];
  return next;
}

/**
 * Tick renames for the readers' stores: old tick id → new tick id (`<list>:<step>`), with chains
 * followed to their end. `only` limits it to the lists that end up in `only` (a page's lists).
 */
export function tickRenames(lock: ChecklistLock, only?: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const keep = (list: string) => !only || only.includes(list);
  for (const [listId, locked] of Object.entries(lock.checklists)) {
    for (const from of Object.keys(locked.renamed ?? {})) {
      const to = follow(locked.renamed ?? {}, from);
      if (to && to !== from && keep(listId)) out[`${listId}:${from}`] = `${listId}:${to}`;
    }
  }
  for (const from of Object.keys(lock.renamedChecklists ?? {})) {
    const to = follow(lock.renamedChecklists ?? {}, from);
    const old = lock.checklists[from];
    if (!to || to === from || !old || !keep(to)) continue;
    const stepRenames = lock.checklists[to]?.renamed ?? {};
    for (const step of [...old.steps, ...Object.keys(old.renamed ?? {})]) {
      const inOld = follow(old.renamed ?? {}, step) ?? step;
      const inNew = follow(stepRenames, inOld) ?? inOld;
      out[`${from}:${step}`] = `${to}:${inNew}`;
    }
  }
  return out;
}
