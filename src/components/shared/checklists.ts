/**
 * Build-time index of every checklist on the site, derived from the MDX sources of the docs
 * collection (no hand-kept list). Server-only: uses astro:content.
 */
import { getCollection } from 'astro:content';
import type { ChecklistInfo } from '../../lib/checklist-scan';
import { scanChecklists } from '../../lib/checklist-mdx';
import { parseLock, tickRenames } from '../../lib/checklist-lock';
import lockFile from '../../content/checklists.lock.json';

export interface SiteChecklist extends ChecklistInfo {
  title: string;
  /** Site path of the page, without base: `/services/token/`. */
  href: string;
  group: string;
}

const GROUP_ORDER = ['connect', 'services', 'activation', 'support', 'tools', 'reference'];

export async function siteChecklists(): Promise<SiteChecklist[]> {
  const entries = await getCollection('docs');
  const found: SiteChecklist[] = [];
  for (const entry of entries) {
    for (const list of scanChecklists(entry.body ?? '', entry.filePath)) {
      found.push({
        ...list,
        title: list.title ?? entry.data.title,
        href: `/${entry.id}/`,
        group: entry.id.split('/')[0] ?? '',
      });
    }
  }
  const order = (c: SiteChecklist) => {
    const entry = entries.find((e) => `/${e.id}/` === c.href);
    return GROUP_ORDER.indexOf(c.group) * 1000 + (entry?.data.sidebar?.order ?? 999);
  };
  return found.sort((a, b) => order(a) - order(b));
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
