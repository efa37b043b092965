/**
 * «изменено после вашего прошлого визита»: a small mark on the «Обновлено» line (same line: it
 * never changes the page's height) and on each step whose newest change note (not a wording-only
 * one) is newer than the reader's previous visit (drawn in the gap above the step, out of flow).
 * Loaded only when the page has such a change.
 */
import { listsWithNotes } from './notes-data';
import { raw } from '../../lib/storage/persist';
import { localDate, toIsoDate } from '../../lib/dates';
import { LAST_VISIT, visitOn } from './last-visit';

export const SINCE_TEXT = 'изменено после вашего прошлого визита';

function mark(className: string): HTMLElement {
  const el = document.createElement('span');
  el.className = className;
  el.dataset['pagefindIgnore'] = '';
  el.textContent = SINCE_TEXT;
  return el;
}

export function markSince(since: string): void {
  const line = document.querySelector<HTMLElement>('.page-updated[data-changed]');
  if (line && line.dataset['changed']! > since && !line.querySelector('.page-updated__since'))
    line.append(mark('page-updated__since'));
  const lists = listsWithNotes() ?? {};
  for (const info of Object.values(lists)) {
    for (const [step, note] of Object.entries(info.notes ?? {})) {
      const li = document.querySelector(`[data-step-id="${step}"]`);
      if (
        !li ||
        note.kind !== 'action' ||
        note.date <= since ||
        li.querySelector('.eis-step-since')
      )
        continue;
      li.prepend(mark('eis-step-since'));
    }
  }
}

/**
 * The marks for the stored visit: the day to compare with is visitOn's (the visit before today's,
 * which the inline record kept), none on a first visit. Loaded by the checklist's script only
 * when the stored visit has a day before it.
 */
export function markSinceVisit(now: Date = new Date()): void {
  const stored = LAST_VISIT.read(raw.get(LAST_VISIT.keyOf()))?.value;
  const { since } = visitOn(stored, toIsoDate(localDate(now)));
  if (since) markSince(since);
}
