/**
 * The site's content as the DOM layer sees it. Astro's Container API has no content layer, so the
 * two server-only views of the site model (src/site/checklists.ts, src/site/guides.ts) are
 * replaced (vi.mock) by these: checklists are small fixtures (so tests can tick «a», «b»), while
 * guide keys, titles, links and order and the tool pages are the real ones, from the site model
 * (src/site/model.ts, loadable in plain Node).
 */
import type { SiteChecklist } from '../../../src/site/checklists';
import type { SiteGuide } from '../../../src/site/guides';
import { guideTableOf, type SiteModel } from '../../../src/site/model';
import { siteModel } from '../../helpers/guide-files';

/** Fixture checklists by guide key. */
const LISTS: Record<string, string[]> = { token: ['a', 'b'], ris: ['x'], edo: ['c'] };
const REMINDERS: Record<string, 'token' | 'edo'> = { token: 'token', edo: 'edo' };

const real = siteModel();

export const GUIDES: SiteGuide[] = real.guides.map((g) => {
  const guide: SiteGuide = { ...g, requires: [], systems: [] };
  delete guide.checklist;
  delete guide.reminder;
  delete guide.summary;
  const steps = LISTS[g.key];
  if (steps) guide.checklist = { id: g.id.split('/').pop()!, steps };
  const reminder = REMINDERS[g.key];
  if (reminder) guide.reminder = reminder;
  return guide;
});

export const CHECKLISTS: SiteChecklist[] = GUIDES.flatMap((g) =>
  g.checklist
    ? [
        {
          ...g.checklist,
          title: g.title,
          href: g.href,
          group: g.id.split('/')[0] ?? '',
          file: `src/content/docs/${g.id}.mdx`,
          texts: g.checklist.steps.map((id) => ({
            id,
            text: `Шаг ${id}.`,
            paper: `Шаг ${id}.`,
            warnings: [],
          })),
          hashes: g.checklist.steps.map((_, i) => (i + 1).toString(16).padStart(8, '0')),
        },
      ]
    : [],
);

/** The model the DOM layer renders: real pages and tool pages, fixture checklists and guides. */
export const MODEL: SiteModel = {
  ...real,
  checklists: CHECKLISTS,
  guides: GUIDES,
  renames: {},
  reminderKinds: Object.fromEntries(
    GUIDES.flatMap((g) => (g.reminder ? [[g.reminder, { title: g.title, href: g.href }]] : [])),
  ),
};

/** Stand-in for src/site/checklists.ts. */
export const checklistsModule = {
  siteChecklists: async () => CHECKLISTS,
  siteChecklist: (id: string) => CHECKLISTS.find((l) => l.id === id),
  renamesOf: () => undefined,
};

/** Stand-in for src/site/guides.ts. */
export const guidesModule = {
  siteGuides: async () => GUIDES,
  guideTable: async () => guideTableOf(MODEL),
  reminderGuides: async () => MODEL.reminderKinds,
  toolPages: () => MODEL.tools,
};
