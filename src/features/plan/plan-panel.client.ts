/**
 * «Скрыть» on the plan panel: hides it and remembers, for this plan only, through the safe
 * storage (a new plan shows the panel again). The storage code loads on the click.
 */
const panel = document.querySelector<HTMLElement>('.eis-plan-panel');
panel?.querySelector('[data-hide]')?.addEventListener('click', () => {
  panel.hidden = true;
  // The button is gone: focus goes to the page title, just above where the panel was.
  const h1 = document.querySelector<HTMLElement>('main h1');
  h1?.setAttribute('tabindex', '-1');
  h1?.focus();
  void import('./plan-panel.hide').then(({ hidePanel }) => hidePanel(panel.dataset['code'] ?? ''));
});
