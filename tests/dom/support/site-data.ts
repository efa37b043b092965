/**
 * The site's content as the DOM layer sees it. Astro's Container API has no content layer, so the
 * two server-only modules that read the docs collection are replaced (vi.mock) by these:
 * checklists are small fixtures (so tests can tick «a», «b»), while guide keys, titles and links
 * are the real ones, read from the MDX files (tests/helpers/guide-files.ts).
 */
import type { SiteChecklist } from '../../../src/site/checklists';
import type { SiteGuide } from '../../../src/site/guides';
import type { GuideTable } from '../../../src/site/guide-keys';
import { guideFiles } from '../../helpers/guide-files';

/** Fixture checklists by guide key. */
const LISTS: Record<string, string[]> = { token: ['a', 'b'], ris: ['x'], edo: ['c'] };
const REMINDERS: Record<string, 'token' | 'edo'> = { token: 'token', edo: 'edo' };

const files = guideFiles();

export const GUIDES: SiteGuide[] = Object.values(files).map((f) => {
  const id = f.href.slice(1, -1);
  const guide: SiteGuide = {
    key: f.key,
    id,
    title: f.title,
    href: f.href,
    description: '',
    requires: [],
    systems: [],
  };
  const steps = LISTS[f.key];
  if (steps) guide.checklist = { id: id.split('/').pop()!, steps };
  const reminder = REMINDERS[f.key];
  if (reminder) guide.reminder = reminder;
  return guide;
});

export const CHECKLISTS: SiteChecklist[] = GUIDES.flatMap((g) =>
  g.checklist
    ? [{ ...g.checklist, title: g.title, href: g.href, group: g.id.split('/')[0] ?? '' }]
    : [],
);

/** Stand-in for src/site/checklists.ts. */
export const checklistsModule = {
  siteChecklists: async () => CHECKLISTS,
  renamesAttr: () => undefined,
};

/** Stand-in for src/site/guides.ts. */
export const guidesModule = {
  siteGuides: async () => GUIDES,
  guideTable: async (): Promise<GuideTable> =>
    Object.fromEntries(
      GUIDES.map((g) => [
        g.key,
        {
          key: g.key,
          title: g.title,
          href: g.href,
          requires: g.requires,
          ...(g.checklist ? { checklist: g.checklist } : {}),
          ...(g.reminder ? { reminder: g.reminder } : {}),
        },
      ]),
    ),
  reminderGuides: async () =>
    Object.fromEntries(
      GUIDES.flatMap((g) => (g.reminder ? [[g.reminder, { title: g.title, href: g.href }]] : [])),
    ),
};
