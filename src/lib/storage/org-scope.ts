/**
 * Which organisation this tab's ticks, plan and reminders belong to (issue 22). The first
 * organisation keeps today's keys (`eis:v2:tick:…`), so a reader's existing data is their first
 * organisation and nothing moves; every further organisation's entries carry its id after the
 * version: `eis:v2:o-1a2b3c:tick:…`, `eis:v1:o-1a2b3c:plan`. The active organisation is chosen
 * per tab (sessionStorage, never a URL); with none chosen, or one no longer in the registry, the
 * tab acts for the first organisation.
 */
import {
  ACTIVE_ORG_KEY,
  HAS_CREDENTIALS_KEY,
  ORGS_KEY,
  PLAN_KEY,
  PLAN_PANEL_HIDDEN_KEY,
  REMINDER_PREFIX,
  TICK_PREFIX,
} from './keys';

/** Ids of the organisations after the first: `o-` and 4–32 lowercase letters or digits. */
export const ORG_ID = /^o-[a-z0-9]{4,32}$/;

/** The keys and prefixes kept per organisation; every other key is shared by all of them. */
export const ORG_SCOPED: readonly string[] = [
  TICK_PREFIX,
  PLAN_KEY,
  REMINDER_PREFIX,
  HAS_CREDENTIALS_KEY,
  PLAN_PANEL_HIDDEN_KEY,
];

/** `key` as stored for organisation `org` ('' or undefined: the first organisation). */
export function scopedKey(key: string, org: string | undefined): string {
  if (!org || !ORG_SCOPED.includes(key)) return key;
  return key.replace(/^(eis:v\d+:)/, `$1${org}:`);
}

/** The organisation a tab acts for when it opens: its own choice, if still registered. */
function initialOrg(): string {
  try {
    const id = globalThis.sessionStorage?.getItem(ACTIVE_ORG_KEY);
    const registry = globalThis.localStorage?.getItem(ORGS_KEY);
    return id && ORG_ID.test(id) && registry?.includes(`"${id}"`) ? id : '';
  } catch {
    return '';
  }
}

let active = /* @__PURE__ */ initialOrg();

/** This tab's organisation: '' for the first one. */
export const activeOrg = (): string => active;

/** For src/features/orgs only: switch this tab (the caller reloads the stores). */
export function setActiveOrgId(id: string): void {
  active = ORG_ID.test(id) ? id : '';
  try {
    if (active) globalThis.sessionStorage?.setItem(ACTIVE_ORG_KEY, active);
    else globalThis.sessionStorage?.removeItem(ACTIVE_ORG_KEY);
  } catch {
    // Blocked session storage: this page still acts for the chosen organisation.
  }
}
