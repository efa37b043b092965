/**
 * The page's `lists` slice with its change notes, for the code that loads only when a reader's
 * tick or visit needs it (tick-changed.ts, since-marks.ts). The checklist island on every guide
 * reads steps and hashes only (listsPageSchema); checking the notes here, by hand, keeps their
 * schema out of the islands' shared chunk. Same rule as island-schema's helpers: any value of the
 * wrong shape rejects the whole slice.
 */
import { pageData } from '../../lib/island-data';
import { listsPageSchema, type listsSchema } from '../../lib/island-slices';
import type { Infer } from '../../lib/island-schema';

export type Lists = Infer<typeof listsSchema>;
type Note = NonNullable<Lists[string]['notes']>[string];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function note(v: unknown): Note | undefined {
  if (!isRecord(v) || typeof v['date'] !== 'string' || typeof v['text'] !== 'string') return;
  const kind = v['kind'];
  return kind === 'action' || kind === 'wording'
    ? { date: v['date'], text: v['text'], kind }
    : undefined;
}

/** The lists of this page with their notes; undefined when the slice has the wrong shape. */
export function listsWithNotes(): Lists | undefined {
  return pageData((blob) => {
    const lists = listsPageSchema(blob)?.lists;
    const raw = isRecord(blob) && isRecord(blob['lists']) ? blob['lists'] : undefined;
    if (!lists || !raw) return;
    const out: Lists = {};
    for (const [id, info] of Object.entries(lists)) {
      const given = (raw[id] as Record<string, unknown>)['notes'];
      if (given === undefined) {
        out[id] = info;
        continue;
      }
      if (!isRecord(given)) return;
      const notes: Record<string, Note> = {};
      for (const [step, value] of Object.entries(given)) {
        const n = note(value);
        if (!n) return;
        notes[step] = n;
      }
      out[id] = { ...info, notes };
    }
    return out;
  });
}
