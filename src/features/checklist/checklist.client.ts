/**
 * <eis-checklist>: binds a guide's steps to the `$ticks` store. Ticks persist per checklist id
 * and step id, so rewording, adding or reordering steps never moves a tick; other tabs update
 * through the store's storage-event listener. Ticks of renamed ids (`data-renamed`, from the
 * lock file) move to the new ids first. Refuses to act inside another site's frame.
 */
import { $ticks, resetList, setTick } from '../../lib/storage/stores';
import { $storageIssue, STORAGE_NOTICE } from '../../lib/storage/persist';
import { countDone } from '../plan/status';
import { bindConfirm } from '../../lib/confirm';
import { defineIsland, untilAbort } from '../../lib/island';
import { loadOrgs } from '../orgs/load';

// With two or more organisations: «Вы отмечаете для: …» beside the checklist (src/features/orgs).
loadOrgs();

defineIsland('eis-checklist', {
  writes: true,
  connect(el, { signal }) {
    const list = el.dataset['checklistId'];
    if (!list) return;
    // Steps renamed since the reader ticked them (only on pages whose lists have renames).
    const renamed = el.dataset['renamed'];
    if (renamed) void import('./renamed-ticks').then((m) => m.moveRenamedTicks(renamed));
    const steps = [...el.querySelectorAll<HTMLLIElement>('li.eis-step')];
    const ids = steps.map((s) => s.dataset['stepId'] ?? '');
    const progress = el.querySelector('.eis-checklist__progress');
    const notice = el.querySelector('.eis-checklist__notice');

    for (const step of steps) {
      const box = step.querySelector<HTMLInputElement>('.eis-step__check');
      const stepId = step.dataset['stepId'];
      if (!box || !stepId) continue;
      // Label the checkbox by the step's first paragraph: its one action.
      const first = step.querySelector('.eis-step__body > p, .eis-step__body > :first-child');
      if (first) {
        first.id ||= `${stepId}-label`;
        box.setAttribute('aria-labelledby', first.id);
      }
      // A box ticked before this script arrived (slow network) is kept and stored now.
      if (box.checked && !$ticks.get()[list]?.includes(stepId)) setTick(list, stepId, true);
      box.addEventListener('change', () => setTick(list, stepId, box.checked), { signal });
    }

    const reset = el.querySelector<HTMLButtonElement>('.eis-checklist__reset');
    const confirm = el.querySelector<HTMLElement>('.eis-checklist__confirm');
    if (reset && confirm) {
      bindConfirm(reset, confirm, () => resetList(list), signal);
      reset.disabled = false;
    }
    untilAbort(
      signal,
      $ticks.subscribe((ticks) => {
        const done = new Set(ticks[list] ?? []);
        for (const step of steps) {
          const on = done.has(step.dataset['stepId'] ?? '');
          step.classList.toggle('is-done', on);
          const box = step.querySelector<HTMLInputElement>('.eis-step__check');
          if (box) box.checked = on;
        }
        if (progress)
          progress.textContent = `Выполнено ${countDone(ids, ticks[list])} из ${ids.length}`;
      }),
      $storageIssue.subscribe((issue) => {
        if (notice) notice.textContent = issue ? STORAGE_NOTICE : '';
      }),
    );
  },
});
