/**
 * <eis-checklist>: binds a guide's steps to the `$ticks` store. Ticks persist per checklist id
 * and step id, so rewording, adding or reordering steps never moves a tick; other tabs update
 * through the store's storage-event listener. Ticks of renamed ids (`data-renamed`, from the
 * lock file) move to the new ids first.
 */
import { $ticks, resetList, setTick } from '../../lib/storage/stores';
import { $storageIssue, STORAGE_NOTICE } from '../../lib/storage/persist';
import { countDone } from '../plan/status';
import { bindConfirm } from '../../lib/confirm';

export class EisChecklist extends HTMLElement {
  private unbind: (() => void)[] = [];
  private abort: AbortController | undefined;

  connectedCallback(): void {
    const list = this.dataset['checklistId'];
    if (!list) return;
    this.abort?.abort();
    this.abort = new AbortController();
    const { signal } = this.abort;
    // Steps renamed since the reader ticked them (only on pages whose lists have renames).
    const renamed = this.dataset['renamed'];
    if (renamed) void import('./renamed-ticks').then((m) => m.moveRenamedTicks(renamed));
    const steps = [...this.querySelectorAll<HTMLLIElement>('li.eis-step')];
    const ids = steps.map((s) => s.dataset['stepId'] ?? '');
    const progress = this.querySelector('.eis-checklist__progress');
    const notice = this.querySelector('.eis-checklist__notice');

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

    const reset = this.querySelector<HTMLButtonElement>('.eis-checklist__reset');
    const confirm = this.querySelector<HTMLElement>('.eis-checklist__confirm');
    if (reset && confirm) {
      bindConfirm(reset, confirm, () => resetList(list), signal);
      reset.disabled = false;
    }
    this.unbind.push(
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
  }

  disconnectedCallback(): void {
    this.abort?.abort();
    this.unbind.forEach((off) => off());
    this.unbind = [];
  }
}

if (!customElements.get('eis-checklist')) customElements.define('eis-checklist', EisChecklist);
