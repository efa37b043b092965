/**
 * Every checklist of the site, for components: a view of the site model (src/site/model.ts),
 * which reads them from the MDX sources once per build. Server-only.
 */
import { loadSiteModel, renamesJson, type SiteChecklist } from './model';

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
 * `ids` (all lists when omitted), as JSON for a `data-renamed` attribute; `undefined` when there
 * are none, so pages without renames carry nothing.
 */
export function renamesAttr(ids?: readonly string[]): string | undefined {
  return renamesJson(loadSiteModel(), ids);
}
