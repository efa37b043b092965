/**
 * Change notes: the dated `changes:` list of a page's frontmatter (src/site/page-schema.ts), checked
 * and gathered for the site model. Pure: the model passes the page's step ids and the build day.
 * A note is for readers: its date, what changed, the steps it touched; `wording` marks a change
 * that changes no action (readers are not asked to check their ticks again).
 */
import { parseIsoDate } from '../lib/dates';

export interface PageChange {
  /** `YYYY-MM-DD`. */
  date: string;
  summary: string;
  /** Step ids of the page's checklists the change touched. */
  steps: string[];
  /** «Не меняет действий»: the wording changed, not what the reader does. */
  wording: boolean;
}

/** A change with its page, for «Что изменилось» and the feed. */
export interface SiteChange extends PageChange {
  /** Collection id of the page: `services/token`. */
  page: string;
  /** Site path without base. */
  href: string;
  title: string;
}

export interface RawChange {
  date: string;
  summary: string;
  steps?: string[] | undefined;
  wording?: true | undefined;
}

export type ChangesCheck =
  { ok: true; changes: PageChange[] } | { ok: false; message: string; hint: string };

/** The build's day, `YYYY-MM-DD` (UTC, like the frontmatter dates). */
export const buildDay = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/**
 * Check a page's notes: real calendar dates, none after `today` (when given), newest first, step
 * ids of the page's checklists (`stepIds`). The first problem, with a hint, or the notes as the model keeps them.
 */
export function checkChanges(
  raw: readonly RawChange[],
  stepIds: readonly string[],
  today?: string,
): ChangesCheck {
  const out: PageChange[] = [];
  for (const [i, c] of raw.entries()) {
    const where = `changes[${i}]`;
    if (!parseIsoDate(c.date)) {
      return {
        ok: false,
        message: `${where}.date "${c.date}" is not a date`,
        hint: 'Write the date as YYYY-MM-DD, for example `date: 2026-11-29`.',
      };
    }
    if (today !== undefined && c.date > today) {
      return {
        ok: false,
        message: `${where}.date ${c.date} is in the future (today is ${today})`,
        hint: 'A change note records a change already made: use the day the page changed.',
      };
    }
    const prev = out[i - 1];
    if (prev && c.date > prev.date) {
      return {
        ok: false,
        message: `${where}.date ${c.date} is newer than the note above it (${prev.date})`,
        hint: 'List the changes newest first: put the new note at the top of `changes:`.',
      };
    }
    const steps = c.steps ?? [];
    const unknown = steps.find((s) => !stepIds.includes(s));
    if (unknown !== undefined) {
      return {
        ok: false,
        message: `${where}.steps names "${unknown}", which is not a step on this page`,
        hint: stepIds.length
          ? `Use step ids of this page's checklist: ${stepIds.join(', ')}.`
          : 'This page has no checklist: remove `steps:`.',
      };
    }
    out.push({
      date: c.date,
      summary: c.summary,
      steps: [...new Set(steps)],
      wording: !!c.wording,
    });
  }
  return { ok: true, changes: out };
}

/** Every page's notes, newest first (pages in site order within a day). */
export function siteChanges(
  pages: readonly { id: string; href: string; title: string; changes: readonly PageChange[] }[],
): SiteChange[] {
  const all = pages.flatMap((p, rank) =>
    p.changes.map((c) => ({ c: { ...c, page: p.id, href: p.href, title: p.title }, rank })),
  );
  return all
    .sort((a, b) => (a.c.date < b.c.date ? 1 : a.c.date > b.c.date ? -1 : a.rank - b.rank))
    .map((x) => x.c);
}

export { changesAnchor } from './changes-anchor';

/**
 * For each step, the newest note that names it: what «Шаг изменился после вашей отметки» shows,
 * and whether it changed an action (a `wording` note asks nothing of the reader).
 */
export function stepNotes(changes: readonly PageChange[]): Map<string, PageChange> {
  const out = new Map<string, PageChange>();
  for (const c of changes) for (const s of c.steps) if (!out.has(s)) out.set(s, c);
  return out;
}
