/**
 * Every checklist of the site, for components: a view of the site model (src/site/model.ts),
 * which reads them from the MDX sources once per build. Server-only.
 */
import { loadSiteModel, renamesOf as modelRenames, type SiteChecklist } from './model';

export type { SiteChecklist } from './model';

/** Every checklist of the site, in site order. */
export async function siteChecklists(): Promise<SiteChecklist[]> {
  return loadSiteModel().checklists;
}

/** One checklist by id (its step ids and texts), or undefined. */
export function siteChecklist(id: string): SiteChecklist | undefined {
  return loadSiteModel().checklists.find((l) => l.id === id);
}

/**
 * The tick renames (old tick id → new, from src/content/checklists.lock.json) that reach the lists
 * `ids` (all lists when omitted), for the page data blob's `renamed` slice; `undefined` when there
 * are none, so pages without renames carry nothing.
 */
export function renamesOf(ids?: readonly string[]): Record<string, string> | undefined {
  return modelRenames(loadSiteModel(), ids);
}
