/**
 * What <eis-checklist> gets of its list in the page data blob (slice `lists`): step ids and text
 * hashes in step order, and the newest change note of each step a note names. Server-only.
 */
import { loadSiteModel, type SiteChecklist } from '../../site/model';
import { stepNotes } from '../../site/change-notes';
import type { Slices } from '../../lib/island-slices';

export type ListData = Slices['lists'][string];

export function listData(list: SiteChecklist): ListData {
  const page = loadSiteModel().pages.find((p) => p.href === list.href);
  const data: ListData = { steps: [...list.steps], hashes: [...list.hashes] };
  const notes: NonNullable<ListData['notes']> = {};
  for (const [step, c] of stepNotes(page?.changes ?? [])) {
    if (list.steps.includes(step))
      notes[step] = { date: c.date, text: c.summary, kind: c.wording ? 'wording' : 'action' };
  }
  if (Object.keys(notes).length) data.notes = notes;
  return data;
}
