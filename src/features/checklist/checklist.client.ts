/**
 * <eis-checklist>: binds a guide's steps to the `$ticks` store. Its steps (ids and text hashes)
 * come from the page data blob (slice `lists`, src/lib/island-slices.ts), not from the markup.
 * Ticks persist per checklist id and step id, so rewording, adding or reordering steps never moves
 * a tick; each tick records the hash of the step text it was made against. A ticked step whose
 * text changed since loads the «Шаг изменился после вашей отметки» code (only then). Other tabs
 * update through the store's storage-event listener. Ticks of renamed ids (slice `renamed`, from
 * the lock file) move to the new ids first. Refuses to act inside another site's frame.
 */
import { $tickValues, resetList, setTick } from '../../lib/storage/stores';
import { $storageIssue, STORAGE_NOTICE, raw } from '../../lib/storage/persist';
import { LAST_VISIT_KEY } from '../../lib/storage/keys';
import { bindConfirm } from '../../lib/confirm';
import { defineIsland, untilAbort } from '../../lib/island';
import { loadOrgs } from '../orgs/load';
import { listsPageSchema, renamedSchema } from '../../lib/island-slices';
import { pageData } from '../../lib/island-data';
import { obj } from '../../lib/island-schema';

// With two or more organisations: «Вы отмечаете для: …» beside the checklist (src/features/orgs).
loadOrgs();

// A reader back on a later day: the visit record (inline on every page,
// src/features/changes/visit-record.ts) kept the day before, and only then do the marks of what
// changed here since load.
if (raw.get(LAST_VISIT_KEY)?.includes('"before"'))
  void import('../changes/since-marks').then((m) => m.markSinceVisit());

/** The page data this island reads (checked by defineIsland): step ids and hashes. */
const pageSlices = listsPageSchema;
/** The renames of the page's lists (a page whose lists have none carries no slice). */
const renamedSlice = obj({ renamed: renamedSchema });

defineIsland('eis-checklist', {
  data: pageSlices,
  writes: true,
  connect(el, { signal, data }) {
    const list = el.dataset['checklistId'] ?? '';
    // A list missing from the page data throws below: the island then says it cannot work.
    const info = data.lists[list]!;
    // Steps renamed since the reader ticked them (only on pages whose lists have renames).
    const renamed = pageData(renamedSlice)?.renamed;
    if (renamed) void import('./renamed-ticks').then((m) => m.moveRenamedTicks(renamed));
    const ids = info.steps;
    const key = (id: string) => `${list}:${id}`;
    const steps = ids.map((id) => el.querySelector<HTMLLIElement>(`[data-step-id="${id}"]`));
    const progress = el.querySelector('.eis-checklist__progress');
    const notice = el.querySelector('.eis-checklist__notice');

    steps.forEach((step, i) => {
      const box = step?.querySelector<HTMLInputElement>('.eis-step__check');
      const stepId = ids[i]!;
      if (!step || !box) return;
      // Label the checkbox by the step's first paragraph: its one action.
      const first = step.querySelector('.eis-step__body > p, .eis-step__body > :first-child');
      if (first) {
        first.id ||= `${stepId}-label`;
        box.setAttribute('aria-labelledby', first.id);
      }
      const tick = (on: boolean) => setTick(list, stepId, on, info.hashes[i]);
      // A box ticked before this script arrived (slow network) is kept and stored now.
      if (box.checked && !$tickValues.get()[key(stepId)]) tick(true);
      box.addEventListener('change', () => tick(box.checked), { signal });
    });

    const reset = el.querySelector<HTMLButtonElement>('.eis-checklist__reset');
    const confirm = el.querySelector<HTMLElement>('.eis-checklist__confirm');
    const undo = el.querySelector<HTMLButtonElement>('.eis-checklist__undo');
    if (reset && confirm) {
      bindConfirm(
        reset,
        confirm,
        () => {
          // A way back: the ticks taken (each step's hash, or "1"), until this page is left.
          const taken = Object.entries($tickValues.get()).filter(([id]) =>
            id.startsWith(`${list}:`),
          );
          resetList(list);
          if (!undo || !taken.length) return;
          undo.hidden = false;
          undo.onclick = () => {
            // Each as it was; a step ticked again since keeps its own tick.
            for (const [id, value] of taken)
              if (!$tickValues.get()[id]) setTick(list, id.slice(list.length + 1), true, value);
            undo.hidden = true;
            if (notice) notice.textContent = 'Отметки возвращены.';
            reset.focus();
          };
          if (notice) notice.textContent = 'Отметки сняты.';
        },
        signal,
      );
      reset.disabled = false;
    }
    let changedCode = false;
    untilAbort(
      signal,
      $tickValues.subscribe((values) => {
        let done = 0;
        // A tick made against another text of its step ("1": an unknown text, never asked about).
        let stale = false;
        steps.forEach((step, i) => {
          const v = values[key(ids[i]!)];
          if (v) done++;
          if (v && v !== '1' && v !== info.hashes[i]) stale = true;
          step?.classList.toggle('is-done', !!v);
          const box = step?.querySelector<HTMLInputElement>('.eis-step__check');
          if (box) box.checked = !!v;
        });
        if (progress) progress.textContent = `Выполнено ${done} из ${ids.length}`;
        if (stale && !changedCode) {
          changedCode = true;
          void import('../changes/tick-changed').then((m) => m.watchChangedTicks(el, list, signal));
        }
      }),
      $storageIssue.subscribe((issue) => {
        if (notice) notice.textContent = issue ? STORAGE_NOTICE : '';
      }),
    );
  },
});
