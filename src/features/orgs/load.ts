/**
 * The organisations' code (boot.ts: the switcher, a tab acting for a removed organisation) loads
 * only for a reader who has added an organisation: one look at the registry key, nothing more.
 */
import { raw } from '../../lib/storage/persist';
import { ORGS_KEY } from './org-keys';

export const loadOrgs = (): void => {
  if (raw.get(ORGS_KEY)) void import('./boot');
};
