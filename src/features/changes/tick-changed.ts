/**
 * «Шаг изменился после вашей отметки»: under a ticked step whose text changed after the tick (the
 * tick's hash is not the step's), unless the step's newest change note says it changes no action
 * (`wording`). Shows the note and «Проверил — оставить отметку», which stamps the tick with the
 * step's current hash; unticking also ends it. This module draws the notes (changed-note.ts),
 * makes their buttons work and follows later changes. Loaded by <eis-checklist> only when a tick of its list is stale, so other readers pay
 * nothing.
 */
import { $tickValues, setTick } from '../../lib/storage/stores';
import { untilAbort } from '../../lib/island';
import { listsWithNotes } from './notes-data';
import { CHANGED_TITLE, KEEP_TICK, drawNote, staleSteps } from './changed-note';

export { CHANGED_TITLE, KEEP_TICK, staleSteps };

export function watchChangedTicks(el: HTMLElement, list: string, signal: AbortSignal): void {
  // The whole slice this time: with the change notes.
  const info = listsWithNotes()?.[list];
  if (!info) return;
  untilAbort(
    signal,
    $tickValues.subscribe((values) => {
      const stale = new Set(staleSteps(list, info, values));
      info.steps.forEach((id, i) => {
        const step = el.querySelector(`[data-step-id="${id}"]`);
        if (!step) return;
        let shown: HTMLElement | null | undefined =
          step.querySelector<HTMLElement>('.eis-step-changed');
        if (stale.has(id)) {
          // Drawn now (or earlier, for a tick that went stale in another tab); its button starts
          // working.
          shown ??= drawNote(el, step, id, info);
          const keep = shown?.querySelector('button');
          if (keep?.disabled) {
            keep.addEventListener('click', () => setTick(list, id, true, info.hashes[i]), {
              signal,
            });
            keep.disabled = false;
            // Moved or gone: no control may look usable before it works again.
            signal.addEventListener('abort', () => (keep.disabled = true));
          }
          return;
        }
        if (!shown) return;
        // Focus on the button that went away moves to the step's own checkbox.
        const focused = shown.contains(document.activeElement);
        shown.remove();
        if (focused) step.querySelector<HTMLInputElement>('.eis-step__check')?.focus();
      });
    }),
  );
}
