/**
 * Inline as the first child of <eis-tree> (DecisionTree.astro; bundled by
 * src/build/inline-script.ts): before the first paint, a reader with a saved plan and no answers in
 * the URL gets `data-resume` on the tree, so CSS shows the resume block in place of «Вопрос 1» and
 * nothing moves when <eis-tree> fills it in (CLS 0). The plan is this tab's organisation's
 * (tab-org.ts). Blocked or unreadable storage: the questions.
 */
import { PLAN_KEY } from '../../lib/storage/keys';
import { decodePlan, hasPlan } from '../../lib/storage/stored';
import { manyOrgs, tabPrefix } from '../../lib/storage/tab-org';

/** Whether the tree opens on the resume block. */
export function opensOnResume(stored: string | null, search: string): boolean {
  return hasPlan(decodePlan(stored)) && !/[?&]need=/.test(search);
}

try {
  const tree = document.currentScript?.parentElement;
  if (
    tree &&
    opensOnResume(
      window.localStorage.getItem(PLAN_KEY.replace('eis:', tabPrefix())),
      location.search,
    )
  )
    tree.setAttribute('data-resume', '');
  // Two or more organisations: the switcher's line is kept for src/features/orgs/boot.ts.
  if (tree && manyOrgs()) tree.setAttribute('data-orgs', '');
} catch {
  // Storage blocked: the questions show, as without a plan.
}
