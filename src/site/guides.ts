/**
 * Every guide of the site, for components: a view of the site model (src/site/model.ts), which
 * joins each guide's page (title, link, description), its <Checklist> and its `guide`
 * frontmatter (key, order, reminder kind, card, systems) once per build and fails the build on a
 * cross-page problem. Server-only.
 */
import {
  guideTableOf,
  loadSiteModel,
  type ReminderGuides,
  type SiteGuide,
  type ToolPages,
} from './model';
import type { GuideTable } from './guide-keys';

export type { SiteGuide, ToolPage, ToolPages } from './model';

/** Every guide, in site order. */
export async function siteGuides(): Promise<SiteGuide[]> {
  return loadSiteModel().guides;
}

/** What islands need: `{ key: { key, title, href, checklist, requires, reminder } }`. */
export async function guideTable(): Promise<GuideTable> {
  return guideTableOf(loadSiteModel());
}

/** Reminder kinds' labels and guide links, for the reminder page, the notice and the .ics file. */
export async function reminderGuides(): Promise<ReminderGuides> {
  return loadSiteModel().reminderKinds;
}

/** The tool pages (start, progress, reminder, troubleshooting, print): titles and links. */
export function toolPages(): ToolPages {
  return loadSiteModel().tools;
}
