/**
 * Every guide of the site, from its MDX: title, link and description from the page, checklist
 * and steps from the page's <Checklist> (siteChecklists), key, order (`requires`) and reminder
 * kind from its `guide` frontmatter. Server-only (astro:content). Cross-page problems — a
 * duplicate key, an unknown or checklist-less `requires`, a cycle, a key the plan uses that no
 * page declares — fail the build with an AstroError naming the file, the value and the fix.
 */
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { siteChecklists } from './checklists';
import { checkGuides, type GuideInfo, type GuideTable } from './guide-keys';
import { stepsSummary, systemRanges, type SystemRange } from './systems';
import type { ReminderKind } from '../features/reminders/kinds';

export interface SiteGuide extends GuideInfo {
  /** Content collection id: `services/token`. */
  id: string;
  description: string;
  /** Short text of the home-page card. */
  card?: string;
  /** Step numbers per system, from `guide.systems` over the checklist. */
  systems: SystemRange[];
  /** «10 шагов: шаги 1–6 — в ЛК ЕИС, …», when the guide has a checklist. */
  summary?: string;
}

let built: Promise<SiteGuide[]> | undefined;

/**
 * Every guide, in site order. Read once per build: the expiry notice and the guide head ask for
 * it on every page. In dev it is read afresh, so edits to the MDX show up.
 */
export function siteGuides(): Promise<SiteGuide[]> {
  if (import.meta.env.DEV) return readGuides();
  return (built ??= readGuides());
}

async function readGuides(): Promise<SiteGuide[]> {
  const entries = await getCollection('docs');
  const lists = await siteChecklists();
  const guides: SiteGuide[] = [];
  for (const entry of entries) {
    const meta = entry.data.guide;
    if (!meta) continue;
    const href = `/${entry.id}/`;
    const list = lists.find((l) => l.href === href);
    const guide: SiteGuide = {
      key: meta.key,
      id: entry.id,
      title: entry.data.title,
      href,
      description: entry.data.description ?? '',
      requires: meta.requires,
      systems: [],
    };
    if (meta.systems.length && !list) {
      throw new AstroError(
        `src/content/docs/${entry.id}.mdx: guide.systems is set, but the page has no checklist`,
        'Remove `guide.systems`, or add the <Checklist> it describes.',
      );
    }
    if (list) {
      const ranges = systemRanges(list.steps, meta.systems);
      if (!ranges.ok) {
        throw new AstroError(
          `src/content/docs/${entry.id}.mdx: guide.systems: ${ranges.error}`,
          `Use step ids of <Checklist id="${list.id}">: ${list.steps.join(', ')}.`,
        );
      }
      guide.systems = ranges.ranges;
      guide.summary = stepsSummary(list.steps.length, ranges.ranges);
    }
    if (list) guide.checklist = { id: list.id, steps: list.steps };
    if (meta.reminder) guide.reminder = meta.reminder;
    if (meta.card) guide.card = meta.card;
    guides.push(guide);
  }
  const file = (g: SiteGuide) => `src/content/docs/${g.id}.mdx`;
  const problems = checkGuides(
    guides.map((g) => ({
      file: file(g),
      key: g.key,
      requires: g.requires,
      hasChecklist: Boolean(g.checklist),
    })),
  );
  if (problems.length) {
    const [first] = problems;
    throw new AstroError(
      `Guide frontmatter: ${problems.map((p) => `${p.file}: ${p.message}`).join('; ')}`,
      first!.hint,
    );
  }
  // Site order: the checklist order (sections, then sidebar order), guides without one after.
  const rank = (g: SiteGuide) => {
    const i = lists.findIndex((l) => l.href === g.href);
    return i === -1 ? lists.length : i;
  };
  return guides.sort((a, b) => rank(a) - rank(b));
}

/** What islands need: `{ key: { key, title, href, checklist, requires, reminder } }`. */
export async function guideTable(): Promise<GuideTable> {
  return Object.fromEntries(
    (await siteGuides()).map((g) => {
      const info: GuideInfo = { key: g.key, title: g.title, href: g.href, requires: g.requires };
      if (g.checklist) info.checklist = g.checklist;
      if (g.reminder) info.reminder = g.reminder;
      return [g.key, info];
    }),
  );
}

/** Reminder kinds' labels and guide links, for the reminder page, the notice and the .ics file. */
export async function reminderGuides(): Promise<
  Partial<Record<ReminderKind, { title: string; href: string }>>
> {
  return Object.fromEntries(
    (await siteGuides()).flatMap((g) =>
      g.reminder ? [[g.reminder, { title: g.title, href: g.href }]] : [],
    ),
  );
}
