/**
 * The organisations store: the registry (one stored record), this tab's active organisation, and
 * the actions of «Мой прогресс» and the switcher. Loaded only where organisations are shown or
 * where the reader has more than one (a cheap check of the registry key first).
 */
import { atom, type ReadableAtom } from 'nanostores';
import { raw, single, type Change } from '../../lib/storage/persist';
import { ORG_SCOPED, activeOrg, scopedKey, setActiveOrgId } from '../../lib/storage/org-scope';
import { revert } from '../../lib/storage/undo';
import {
  ONE_ORG,
  ORGS,
  addOrg,
  newOrgId,
  removeOrg,
  renameOrg,
  type Org,
  type Registry,
} from './orgs';

const registry = single<Registry>(ORGS, ONE_ORG);
/** Every organisation, the first one first. */
export const $orgs: ReadableAtom<Registry> = registry.$value;

const $activeId = atom(activeOrg());
/** This tab's organisation ('' for the first). */
export const $activeOrg: ReadableAtom<string> = $activeId;

export const orgName = (id: string): string =>
  $orgs.get().find((o) => o.id === id)?.name ?? ONE_ORG[0]!.name;

/** Act for organisation `id` in this tab only: ticks, plan and reminders follow at once. */
export function switchOrg(id: string): void {
  const known = $orgs.get().some((o) => o.id === id);
  setActiveOrgId(known ? id : '');
  if (activeOrg() === $activeId.get()) return;
  $activeId.set(activeOrg());
  raw.reload();
}

// Another tab removed the organisation this tab acts for: act for the first one.
$orgs.listen((orgs) => {
  if (!orgs.some((o) => o.id === $activeId.get())) switchOrg('');
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

/** The stored keys of organisation `id` (every per-organisation key under its infix). */
export function keysOf(id: string): string[] {
  const scopes = ORG_SCOPED.map((key) => scopedKey(key, id));
  return raw
    .keys()
    .filter((key) => scopes.some((s) => (s.endsWith(':') ? key.startsWith(s) : key === s)));
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
  const put = (key: string, after: string | undefined) => {
    const before = raw.get(key);
    if (before === after) return;
    raw.apply(key, after);
    changes.push({ key, before, after });
  };
  put(ORGS.keyOf(), ORGS.write(result.registry));
  for (const key of keysOf(id)) put(key, undefined);
  return { ok: true, org: result.org, changes };
}

/** «Вернуть»: the removed organisation and its data come back (unless changed since). */
export const undoRemove = (changes: readonly Change[]) => revert(changes);
