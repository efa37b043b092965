/**
 * The organisations store: the registry (one stored record), this tab's active organisation, and
 * the actions of «Мой прогресс» and the switcher. Loaded only where organisations are shown or
 * where the reader has more than one (a cheap check of the registry key first).
 */
import { atom, type ReadableAtom } from 'nanostores';
import { collection, raw, single, type Change } from '../../lib/storage/persist';
import { defineRecord } from '../../lib/storage/record';
import { activeOrg, setActiveOrgId } from '../../lib/storage/org-scope';
import { putRecorded, revert } from '../../lib/storage/undo';
import {
  MAX_ORGS,
  ONE_ORG,
  ORGS,
  addOrg,
  freeName,
  newOrgId,
  removeOrg,
  renameOrg,
  type Org,
  type Registry,
} from './orgs';

const registry = single<Registry>(ORGS, ONE_ORG);
/** Every organisation, the first one first. */
export const $orgs: ReadableAtom<Registry> = registry.$value;

/** This tab's organisation ('' for the first), fixed for the page's life. */
export const $activeOrg: ReadableAtom<string> = atom(activeOrg());

export const orgName = (id: string): string =>
  $orgs.get().find((o) => o.id === id)?.name ?? ONE_ORG[0]!.name;

/** The page load that re-binds every store (tests pass their own). */
export type Reload = () => void;
const reloadPage: Reload = () => location.reload();

/**
 * Act for organisation `id` in this tab only: the page loads again with its ticks, plan and
 * reminders (other tabs keep theirs). `reload` false: only remember it (a link follows). False
 * when the browser keeps no choice for the tab (session storage blocked): nothing reloads, and
 * the tab goes on acting for its organisation.
 */
export function switchOrg(id: string, reload: Reload | false = reloadPage): boolean {
  const target = $orgs.get().some((o) => o.id === id) ? id : '';
  if (!setActiveOrgId(target)) return target === activeOrg();
  if (reload && target !== activeOrg()) reload();
  return true;
}

// Another tab removed the organisation this tab acts for: act for the first one.
$orgs.listen((orgs) => {
  if (!orgs.some((o) => o.id === activeOrg())) switchOrg('');
});

export type OrgResult = { ok: true; org: Org } | { ok: false; message: string };

function save(next: Registry): boolean {
  return registry.set(next);
}

/** Add an organisation (its name already confirmed by the reader if the guard doubted it). */
export function addOrganisation(name: string, id: string = newOrgId()): OrgResult {
  const result = addOrg($orgs.get(), name, id);
  if (!result.ok) return result;
  save(result.registry);
  return { ok: true, org: result.org };
}

export function renameOrganisation(id: string, name: string): OrgResult {
  const result = renameOrg($orgs.get(), id, name);
  if (!result.ok) return result;
  save(result.registry);
  return { ok: true, org: result.org };
}

/** The stored keys of organisation `id` (another than the first): all of them start `eis:<id>:`. */
export function keysOf(id: string): string[] {
  // Any text under the prefix, as a collection of its own (persist.ts reads every key).
  const all = defineRecord<string>({
    key: `eis:${id}:`,
    version: 0,
    decode: (data) => (typeof data === 'string' ? { value: data } : undefined),
    encode: (text) => text,
    maxLength: Infinity,
  });
  return collection(all)
    .storedIds()
    .map((rest) => all.keyOf(rest));
}

export type RemoveResult =
  { ok: true; org: Org; changes: Change[] } | { ok: false; message: string };

/**
 * Remove an organisation and everything kept for it; the changes are the undo («Вернуть»). A tab
 * acting for it switches to the first organisation.
 */
export function removeOrganisation(id: string): RemoveResult {
  const result = removeOrg($orgs.get(), id);
  if (!result.ok) return result;
  const changes: Change[] = [];
  const put = (key: string, after: string | undefined) => putRecorded(changes, key, after);
  put(ORGS.keyOf(), ORGS.write(result.registry));
  for (const key of keysOf(id)) put(key, undefined);
  return { ok: true, org: result.org, changes };
}

/** What «Вернуть» did: keys kept because they changed since; whether the organisation is back. */
export interface UndoRemoveResult {
  kept: number;
  restored: boolean;
}

/**
 * «Вернуть»: the removed organisation and its data come back (data changed since stays). When the
 * list itself changed since (a file added an organisation, another tab renamed one), the
 * organisation goes back into the list as it is now, at its old place — never data without an
 * organisation to reach it.
 */
export function undoRemove(changes: readonly Change[]): UndoRemoveResult {
  const key = ORGS.keyOf();
  const listed = changes.find((c) => c.key === key);
  const { kept } = revert(changes.filter((c) => c !== listed));
  if (!listed) return { kept, restored: true };
  if (raw.get(key) === listed.after) {
    raw.apply(key, listed.before);
    return { kept, restored: true };
  }
  const before = ORGS.read(listed.before)?.value ?? [];
  const after = ORGS.read(listed.after)?.value ?? [];
  let next = [...$orgs.get()];
  for (const [index, org] of before.entries()) {
    if (after.some((o) => o.id === org.id) || next.some((o) => o.id === org.id)) continue;
    if (next.length >= MAX_ORGS) return { kept, restored: false };
    const named = { id: org.id, name: freeName(next, org.name) };
    next = [...next.slice(0, index), named, ...next.slice(index)];
  }
  return { kept, restored: save(next) };
}
