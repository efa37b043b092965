/**
 * <eis-plan-print>: enables «Распечатать мой план» once upgraded; the sheet code loads on click.
 * The plan is the first <ol> of the enclosing section, as the tree and «Мой прогресс» render it.
 */
import { $ticks } from '../../lib/storage/stores';
import { defineIsland } from '../../lib/island';

defineIsland('eis-plan-print', {
  connect(el, { signal }) {
    const button = el.querySelector('button');
    const list = el.closest('section')?.querySelector('ol');
    if (!button || !list) return;
    button.addEventListener(
      'click',
      () => {
        button.disabled = true;
        void import('./plan-sheet')
          .then((m) => m.printPlan(list, $ticks.get()))
          .finally(() => (button.disabled = false));
      },
      { signal },
    );
    button.disabled = false;
  },
});
