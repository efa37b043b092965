/**
 * «для всех организаций» on «Распечатать мой план» (issue 22), loaded only when the reader chose
 * it: one part per organisation, in the reader's order, each with its own plan and ticks read from its
 * own keys (this tab's organisation: the plan shown on the page and the ticks in memory).
 */
import { ONE_ORG, ORGS, type Registry } from '../orgs/orgs';
import { readOrgs } from '../orgs/matrix';
import { storageView } from '../orgs/storage-view';
import { raw } from '../../lib/storage/persist';
import { activeOrg, scopedKey } from '../../lib/storage/org-scope';
import { PLAN_KEY } from '../../lib/storage/keys';
import { decodePlan, hasPlan, type Ticks } from '../../lib/storage/stored';
import { planKeys } from '../plan/plans';
import type { SheetPart } from './plan-sheet';

const registry = (): Registry => ORGS.read(raw.get(ORGS.keyOf()))?.value ?? ONE_ORG;

/** Every organisation's part; `keys` and `ticks`: the plan on the page and this tab's ticks. */
export function allParts(keys: readonly string[], ticks: Ticks): SheetPart[] {
  const view = storageView();
  const active = activeOrg();
  return readOrgs(registry(), view).map(({ org, ticks: stored }) => {
    if (org.id === active) return { keys, ticks, org: org.name };
    const answers = decodePlan(view.get(scopedKey(PLAN_KEY, org.id)));
    return { keys: hasPlan(answers) ? planKeys(answers) : [], ticks: stored, org: org.name };
  });
}
