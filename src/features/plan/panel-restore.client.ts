/**
 * <eis-panel-restore> on «Мой прогресс»: when the reader hid the plan panel («Скрыть») for the
 * plan they have now, says so with «Показать мой план», which brings the panel back on every
 * guide of the plan. Loaded only when a «hidden» value is stored (PanelRestore.astro).
 */
import { defineIsland, untilAbort } from '../../lib/island';
import { $plan } from '../../lib/storage/stores';
import { planCode } from './plan-panel.decide';
import { $hiddenPanel, showPanel } from './plan-panel.hide';

defineIsland('eis-panel-restore', {
  writes: true,
  connect(el, { signal }) {
    const said = el.querySelector<HTMLElement>('[data-said]')!;
    const show = el.querySelector<HTMLButtonElement>('[data-show]')!;
    let restored = false;
    const render = () => {
      const hidden = $hiddenPanel.get();
      // Visibility only (its line is reserved): showing or hiding it moves nothing.
      el.toggleAttribute(
        'data-shown',
        restored || (hidden !== '' && hidden === planCode($plan.get())),
      );
    };
    show.addEventListener(
      'click',
      () => {
        restored = true;
        showPanel();
        said.textContent = 'Панель «Ваш план» снова показана на страницах инструкций.';
        said.setAttribute('tabindex', '-1');
        said.focus();
        show.hidden = true;
      },
      { signal },
    );
    untilAbort(signal, $plan.listen(render), $hiddenPanel.listen(render));
    render();
  },
});
