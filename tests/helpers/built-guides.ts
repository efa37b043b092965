/**
 * The guides as the build rendered them, read from the built HTML (never from the MDX): key,
 * address and title from «Мой прогресс»'s server-rendered list, and each guide's checklist and
 * step ids from its own page. Until the Node-loadable site model (src/site) lands, this is the
 * browser tests' source for what the site says about its guides.
 */
import { readPage } from '../../harness/pages';

export interface BuiltGuide {
  key: string;
  /** `/services/token/` (site path, without the base) */
  href: string;
  title: string;
  checklist: string;
  steps: string[];
}

/** Read once per process and build: every file that imports this reads the same pages. */
const read = new Map<string, Record<string, BuiltGuide>>();

export function builtGuides(dist: string, base = '/'): Record<string, BuiltGuide> {
  const cacheKey = `${dist}\n${base}`;
  const known = read.get(cacheKey);
  if (known) return known;
  const out: Record<string, BuiltGuide> = {};
  for (const item of readPage(dist, '/tools/progress/').querySelectorAll('li[data-guide]')) {
    const link = item.querySelector(':scope > a');
    const key = item.getAttribute('data-guide');
    const checklist = item.getAttribute('data-checklist');
    const href = link?.getAttribute('href');
    if (!key || !checklist || !href?.startsWith(base)) {
      throw new Error(`/tools/progress/: an item without its guide key, checklist or link`);
    }
    const sitePath = `/${href.slice(base.length)}`;
    const steps = readPage(dist, sitePath)
      .querySelectorAll(`[data-checklist-id="${checklist}"] [data-step-id]`)
      .map((step) => step.getAttribute('data-step-id')!);
    out[key] = { key, href: sitePath, title: link!.text.trim(), checklist, steps };
  }
  read.set(cacheKey, out);
  return out;
}
