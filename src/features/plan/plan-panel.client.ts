/**
 * <eis-plan-panel>: «Скрыть» folds the plan panel to a small «Показать мой план» and remembers it,
 * for this plan only, through the safe storage (a new plan shows the panel again); «Показать мой
 * план» unfolds it and forgets. The storage code loads on the click. The panel itself is filled in
 * and folded or not before the first paint by plan-panel.inline.ts, which also marks it `data-orgs`
 * for a reader with two or more organisations: then «Вы отмечаете для: …» (src/features/orgs/boot.ts).
 */
import { defineIsland } from '../../lib/island';

defineIsland('eis-plan-panel', {
  writes: true,
  connect(el, { signal }) {
    const nav = el.querySelector('nav')!;
    const show = el.querySelector<HTMLElement>('[data-show]')!;
    const fold = (folded: boolean) => {
      el.toggleAttribute('data-folded', folded);
      // Focus stays where the reader is: on the control now in the place of the one pressed.
      nav.setAttribute('tabindex', '-1');
      (folded ? show : nav).focus();
      void import('./plan-panel.hide').then(({ hidePanel, showPanel }) =>
        folded ? hidePanel(el.dataset['code'] ?? '') : showPanel(),
      );
    };
    el.querySelector('[data-hide]')?.addEventListener('click', () => fold(true), { signal });
    show.addEventListener('click', () => fold(false), { signal });
    // Two or more organisations (marked before the first paint): the switcher in its kept line.
    if (el.hasAttribute('data-orgs')) void import('../orgs/boot');
  },
});
