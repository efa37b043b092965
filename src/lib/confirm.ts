/**
 * An inline confirmation (GOV.UK style, no native dialog): the trigger button gives way to a
 * group with [data-confirm="yes"] and [data-confirm="no"] buttons; «no» and Escape cancel.
 * Focus goes to «no» on opening and back to the trigger on closing. Listeners end with `signal`.
 * The markup: Confirm.astro.
 */
export function bindConfirm(
  trigger: HTMLButtonElement,
  group: HTMLElement,
  onYes: () => unknown,
  signal?: AbortSignal,
): void {
  const close = () => {
    group.hidden = true;
    trigger.hidden = false;
    trigger.focus();
  };
  const options = signal ? { signal } : {};
  trigger.addEventListener(
    'click',
    () => {
      trigger.hidden = true;
      group.hidden = false;
      group.querySelector<HTMLButtonElement>('[data-confirm="no"]')?.focus();
    },
    options,
  );
  group.addEventListener(
    'click',
    (event) => {
      const answer = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-confirm]');
      if (!answer) return;
      if (answer.dataset['confirm'] === 'yes') onYes();
      close();
    },
    options,
  );
  group.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') close();
    },
    options,
  );
}
