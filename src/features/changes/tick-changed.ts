/**
 * «Шаг изменился после вашей отметки»: under a ticked step whose text changed after the tick (the
 * tick's hash is not the step's), unless the step's newest change note says it changes no action
 * (`wording`). Shows the note and «Проверил — оставить отметку», which stamps the tick with the
 * step's current hash; unticking also ends it. Loaded by <eis-checklist> only when a tick of its
 * list is stale, so other readers pay nothing.
 */
import { $tickValues, setTick } from '../../lib/storage/stores';
import { untilAbort } from '../../lib/island';
import { TICK_VALUE } from '../../lib/storage/stored';
import { formatIsoRu } from './change-dates';
import type { Slices } from '../../lib/island-slices';
import { listsWithNotes } from './notes-data';

type ListInfo = Slices['lists'][string];

export const CHANGED_TITLE = 'Шаг изменился после вашей отметки';
export const KEEP_TICK = 'Проверил — оставить отметку';

/** The step ids of `info` whose ticks need a look: made against another text, not a wording change. */
export function staleSteps(
  list: string,
  info: ListInfo,
  values: Readonly<Record<string, string>>,
): string[] {
  return info.steps.filter((id, i) => {
    const v = values[`${list}:${id}`];
    return v && v !== TICK_VALUE && v !== info.hashes[i] && info.notes?.[id]?.kind !== 'wording';
  });
}

function notice(list: string, step: string, hash: string, info: ListInfo): HTMLElement {
  const box = document.createElement('div');
  box.className = 'eis-step-changed';
  box.dataset['pagefindIgnore'] = '';
  const text = document.createElement('p');
  const title = document.createElement('strong');
  title.textContent = CHANGED_TITLE;
  const note = info.notes?.[step];
  text.append(title, note ? `: ${formatIsoRu(note.date)} — ${note.text}` : '.');
  const keep = document.createElement('button');
  keep.type = 'button';
  keep.textContent = KEEP_TICK;
  keep.addEventListener('click', () => setTick(list, step, true, hash));
  box.append(text, keep);
  return box;
}

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
        const body = step?.querySelector('.eis-step__body');
        if (!step || !body) return;
        const shown = step.querySelector<HTMLElement>('.eis-step-changed');
        if (stale.has(id)) {
          if (!shown)
            body.insertBefore(notice(list, id, info.hashes[i]!, info), body.children[1] ?? null);
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
