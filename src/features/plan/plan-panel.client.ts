/**
 * <eis-plan-panel>: «Скрыть» on the plan panel hides it and remembers, for this plan only, through
 * the safe storage (a new plan shows the panel again). The storage code loads on the click. The
 * panel itself is filled in before the first paint by plan-panel.inline.ts.
 */
import { defineIsland } from '../../lib/island';

defineIsland('eis-plan-panel', {
  writes: true,
  connect(el, { signal }) {
    el.querySelector('[data-hide]')?.addEventListener(
      'click',
      () => {
        el.hidden = true;
        // The button is gone: focus goes to the page title, just above where the panel was.
        const h1 = document.querySelector<HTMLElement>('main h1');
        h1?.setAttribute('tabindex', '-1');
        h1?.focus();
        void import('./plan-panel.hide').then(({ hidePanel }) =>
          hidePanel(el.dataset['code'] ?? ''),
        );
      },
      { signal },
    );
  },
});
