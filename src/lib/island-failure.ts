/**
 * What an island shows when it cannot work: its script did not load or failed, its page data is
 * broken, or the page is framed by another site. A quiet notice at the top of the island, where
 * the reader acts, and its controls disabled (a checklist's boxes stay usable: a tick made then is
 * marked as not saved). Shared by defineIsland and the inline watchdog (notice.inline.ts), so it
 * stays small and DOM-only.
 */
export const SCRIPT_FAILED =
  'Отметки сейчас не сохраняются: не загрузился скрипт страницы. Обновите страницу.';
export const FRAMED =
  'Эта страница открыта внутри другого сайта, поэтому здесь ничего не сохраняется. Откройте её напрямую в новой вкладке.';
export const NOTICE_FAILED =
  'Сроки действия не проверены: не загрузился скрипт страницы. Обновите страницу.';
export const UNSAVED = ' (не сохранено)';

/** Islands that store what the reader does carry this attribute in their HTML. */
export const WRITES_ATTR = 'data-island-writes';

/** Show `message` in the island and disable its controls. Idempotent. */
export function islandFailed(el: Element, message: string): void {
  let note = el.querySelector(':scope>.eis-island-failed');
  if (!note) {
    note = document.createElement('p');
    note.className = 'eis-island-failed';
    note.setAttribute('role', 'status');
    el.prepend(note);
  }
  note.textContent = message;
  el.setAttribute('data-island-failed', '');
  // Selectors without spaces: this code is inline in every page, within the first round trip.
  el.querySelectorAll<HTMLInputElement>('button,fieldset,select,textarea,input').forEach((c) => {
    // After a failed script a tick still shows what the reader did (marked as not saved);
    // inside another site's frame nothing is done at all.
    if (message !== SCRIPT_FAILED || c.type !== 'checkbox' || !c.closest('.eis-step'))
      c.disabled = true;
  });
  markUnsaved(el);
}

/** Mark every ticked step of a failed checklist as not saved (nothing stored it). */
export function markUnsaved(el: Element): void {
  el.querySelectorAll<HTMLInputElement>('.eis-step__check').forEach((box) => {
    const step = box.closest('.eis-step');
    if (!step) return;
    let mark = step.querySelector('.eis-step__unsaved');
    if (box.checked && !mark) {
      mark = document.createElement('span');
      mark.className = 'eis-step__unsaved';
      mark.textContent = UNSAVED;
      box.after(mark);
    } else if (!box.checked) mark?.remove();
  });
}
