/**
 * Keys per organisation (issue 22). The first organisation keeps today's keys (`eis:v2:tick:…`),
 * so a reader's existing data is their first organisation and nothing moves; every further
 * organisation's entries carry its id after `eis:`: `eis:o-1a2b3c:v2:tick:…`,
 * `eis:o-1a2b3c:v1:plan`. The tab's active organisation is read by persist.ts (`org`, read
 * from sessionStorage on load, never from a URL); this module chooses it for the next page load. Loaded only with
 * the organisations' code (src/features/orgs).
 */
import { ACTIVE_ORG_KEY } from './keys';
import { ORG_ID } from '../../features/orgs/org-keys';
import { ORG_SCOPED_KEY } from './persist';
import { TICK } from './stored';
// The tick store scopes TICK on load (persist.ts): its key names the tab's organisation.
import './stores';
export { ORG_ID };

/** A key as the first organisation stores it. */
export const baseKey = (key: string): string => key.replace(/^eis:o-[a-z0-9]+:/, 'eis:');

/** `key` (any organisation's form) as stored for organisation `org` ('': the first one). */
export function scopedKey(key: string, org: string | undefined): string {
  const base = baseKey(key);
  return org && ORG_SCOPED_KEY.test(base) ? base.replace(':', `:${org}:`) : base;
}

/** This tab's organisation: '' for the first one. */
export const activeOrg = (): string => /^eis:(o-[a-z0-9]+):/.exec(TICK.key)?.[1] ?? '';

/**
 * Act for organisation `id` in this tab only ('' or an unknown shape: the first one) from the
 * next page load on (the caller reloads the page or follows a link): sessionStorage only.
 */
export function setActiveOrgId(id: string): boolean {
  const org = ORG_ID.test(id) ? id : '';
  try {
    if (org) sessionStorage.setItem(ACTIVE_ORG_KEY, org);
    else sessionStorage.removeItem(ACTIVE_ORG_KEY);
    return true;
  } catch {
    // Blocked session storage: the tab stays with the organisation it acts for now.
    return false;
  }
}
