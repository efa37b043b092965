/**
 * Inline right after each <eis-checklist> (Checklist.astro; bundled by
 * src/build/inline-script.ts): before the first paint, draws «Шаг изменился после вашей отметки»
 * under each ticked step whose text changed since the tick (changed-note.ts), so the note never
 * moves the steps below it, nor anything the reader scrolled to. Reads the ticks of this tab's
 * organisation as persist.ts does, and the list's steps, hashes and notes from the page's data
 * blob (the build checked it with listsSchema; a blob of another shape throws here, and then
 * tick-changed.ts, which checks it, draws the notes when it loads). Kept this small on purpose:
 * it runs on every guide (the JS budget, tests/build/budget.test.ts). The button waits,
 * disabled, for tick-changed.ts.
 */
import { DATA_ID } from '../../lib/island-data';
import type { Slices } from '../../lib/island-slices';
import { ACTIVE_ORG_KEY, TICK_PREFIX } from '../../lib/storage/keys';
import { drawNote, staleSteps } from './changed-note';

try {
  const el = document.currentScript!.previousElementSibling!;
  const list = el.getAttribute('data-checklist-id')!;
  const blob = JSON.parse(document.getElementById(DATA_ID)!.textContent!) as Pick<Slices, 'lists'>;
  const info = blob.lists[list]!;
  let org = '';
  try {
    org = sessionStorage.getItem(ACTIVE_ORG_KEY) || '';
  } catch {
    // No session storage: the first organisation, as persist.ts reads it.
  }
  const prefix = org ? TICK_PREFIX.replace(':', `:${org}:`) : TICK_PREFIX;
  const values: Record<string, string | null> = {};
  for (const step of info.steps)
    values[`${list}:${step}`] = localStorage.getItem(`${prefix}${list}:${step}`);
  for (const step of staleSteps(list, info, values))
    drawNote(el, el.querySelector(`[data-step-id="${step}"]`)!, step, info);
} catch {
  // Blocked storage or a broken page: tick-changed.ts draws the notes, if any, when it loads.
}
