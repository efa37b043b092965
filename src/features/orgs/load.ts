/**
 * The organisations' code (boot.ts: the switcher, a tab acting for a removed organisation) loads
 * only for a reader who has added an organisation: one look at the registry key, nothing more.
 */
import { raw } from '../../lib/storage/persist';

/**
 * ORGS_KEY (org-keys.ts) spelled out: a module shared with the lazy code would join the storage
 * chunk every page loads (load.test.ts keeps them equal).
 */
export const REGISTRY_KEY = 'eis:v1:orgs';

/** Whether the reader has added an organisation (the registry key exists). */
export const hasOrgs = (): boolean => raw.get(REGISTRY_KEY) !== undefined;

export const loadOrgs = (): void => {
  if (hasOrgs()) void import('./boot');
};
