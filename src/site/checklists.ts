/**
 * Build-time index of every checklist on the site, derived from the MDX sources of the docs
 * collection (no hand-kept list). Server-only: uses astro:content.
 */
import { getCollection } from 'astro:content';
import type { ChecklistInfo } from './checklist-scan';
import { scanChecklists } from './checklist-mdx';
import { parseLock, tickRenames } from './checklist-lock';
import lockFile from '../content/checklists.lock.json';
import { compareSiteOrder, sectionOf } from './sections';

export interface SiteChecklist extends ChecklistInfo {
  title: string;
  /** Site path of the page, without base: `/services/token/`. */
  href: string;
  group: string;
}

let built: Promise<SiteChecklist[]> | undefined;

/**
 * Every checklist of the site, in site order. Read once per build: every page's banner and guide
 * head ask for it. In dev it is read afresh, so edits to the MDX show up.
 */
export function siteChecklists(): Promise<SiteChecklist[]> {
  if (import.meta.env.DEV) return readChecklists();
  return (built ??= readChecklists());
}

async function readChecklists(): Promise<SiteChecklist[]> {
  const entries = (await getCollection('docs')).sort(compareSiteOrder);
  const found: SiteChecklist[] = [];
  for (const entry of entries) {
    for (const list of scanChecklists(entry.body ?? '', entry.filePath)) {
      found.push({
        ...list,
        title: list.title ?? entry.data.title,
        href: `/${entry.id}/`,
        group: sectionOf(entry.id),
      });
    }
  }
  return found;
}

const { lock } = parseLock(lockFile);

/**
 * The tick renames (old tick id → new, from src/content/checklists.lock.json) that reach the lists
 * `ids` (all lists when omitted), as JSON for a `data-renamed` attribute; `undefined` when there
 * are none, so pages without renames carry nothing.
 */
export function renamesAttr(ids?: readonly string[]): string | undefined {
  const renames = tickRenames(lock, ids);
  return Object.keys(renames).length ? JSON.stringify(renames) : undefined;
}
