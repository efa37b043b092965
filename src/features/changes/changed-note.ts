/**
 * «Шаг изменился после вашей отметки»: which ticked steps need a look, and the note itself, for
 * tick-changed.ts. No store, no schema. (Drawing the notes before the first paint, from an inline
 * script after each checklist, kept every step in place but cost 622 B of JS on every guide,
 * over the byte budget: the note is drawn when the module loads, which moves the steps below it
 * — only for a reader with a tick whose step changed since.)
 */
import { formatIsoRu } from './change-dates';
import type { Slices } from '../../lib/island-slices';

export type ListInfo = Slices['lists'][string];

/** The note's words, rendered once per checklist in its <template> (Checklist.astro). */
export const CHANGED_TITLE = 'Шаг изменился после вашей отметки';
export const KEEP_TICK = 'Проверил — оставить отметку';

/**
 * The step ids of `info` whose ticks need a look: made against another text ("1": an unknown
 * text, never asked about), and not only reworded (a `wording` note).
 */
export function staleSteps(
  list: string,
  info: ListInfo,
  values: Readonly<Record<string, string | null | undefined>>,
): string[] {
  return info.steps.filter((id, i) => {
    const v = values[`${list}:${id}`];
    return v && v !== '1' && v !== info.hashes[i] && info.notes?.[id]?.kind !== 'wording';
  });
}

/**
 * The note of `step`, cloned from the checklist's <template> (Checklist.astro: the markup is
 * written once, in the page) into the step's body after its first paragraph (its one action).
 * Its button is disabled until tick-changed.ts makes it work.
 */
export function drawNote(
  checklist: Element,
  li: Element,
  step: string,
  info: ListInfo,
): HTMLElement | undefined {
  const template = checklist.querySelector<HTMLTemplateElement>(
    'template.eis-step-changed-template',
  );
  const box = template?.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
  const body = li.querySelector('.eis-step__body');
  if (!box || !body) return;
  const note = info.notes?.[step];
  box.querySelector('span')!.textContent = note
    ? `: ${formatIsoRu(note.date)} — ${note.text}`
    : '.';
  body.insertBefore(box, body.children[1] ?? null);
  return box;
}
