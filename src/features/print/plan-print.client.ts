/**
 * <eis-plan-print>: enables «Распечатать мой план» once upgraded; the sheet code loads on click.
 * The plan is the first <ol> of the enclosing section, as the tree and «Мой прогресс» render it:
 * its items carry their guide's key (`data-plan-guide`); the steps come with the page (the
 * blob's `sheet` slice, from the site model), read and checked by the chunk loaded on click.
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
        const keys = [...list.querySelectorAll<HTMLElement>(':scope > li[data-plan-guide]')].map(
          (li) => li.dataset['planGuide'] ?? '',
        );
        void import('./plan-sheet')
          .then((m) => m.printPlan(keys, m.pageSheet(), $ticks.get()))
          .finally(() => (button.disabled = false));
      },
      { signal },
    );
    button.disabled = false;
  },
});
