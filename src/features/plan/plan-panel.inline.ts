/**
 * Inline right after the plan panel of a guide (GuideHead.astro; bundled by
 * src/build/inline-script.ts): decides from the stored plan, before the first paint, whether this
 * guide is in it (panelDecide), and fills in its place, the previous and next guides and the link
 * back to the plan, so nothing below ever moves (CLS 0). The plan is this tab's organisation's
 * (tab-org.ts). The places and titles come from the page's data blob (slice `panel`), checked by
 * its schema.
 */
import { panelDecide } from './plan-panel.decide';
import { pageData } from '../../lib/island-data';
import type { Slices } from '../../lib/island-slices';
import { PLAN_KEY, PLAN_PANEL_HIDDEN_KEY } from '../../lib/storage/keys';
import { manyOrgs, tabPrefix } from '../../lib/storage/tab-org';

const isText = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The blob's `panel` slice, checked as panelSchema (src/lib/island-slices.ts) does, by hand: the
 * schema helpers would double this script (a unit test holds the two to the same verdicts).
 */
export function readPanel(blob: unknown): Slices['panel'] | undefined {
  const panel = isRecord(blob) ? blob['panel'] : undefined;
  if (!isRecord(panel) || !isRecord(panel['places']) || !isRecord(panel['titles'])) return;
  const { places, titles } = panel;
  if (!Object.values(places).every(isText)) return;
  for (const t of Object.values(titles))
    if (!isRecord(t) || !isText(t['title']) || !isText(t['href'])) return;
  return panel as Slices['panel'];
}

try {
  const el = document.currentScript?.previousElementSibling as HTMLElement | null | undefined;
  const panel = pageData(readPanel);
  const org = tabPrefix();
  const read = (key: string) => window.localStorage.getItem(key.replace('eis:', org));
  const place =
    el && panel && panelDecide(read(PLAN_KEY), read(PLAN_PANEL_HIDDEN_KEY), panel.places);
  if (el && panel && place) {
    const q = (selector: string) => el.querySelector<HTMLElement>(selector)!;
    q('[data-step]').textContent = String(place[0]);
    q('[data-count]').textContent = String(place[1]);
    for (const [key, selector] of [
      [place[2], '[data-prev]'],
      [place[3], '[data-next]'],
    ] as const) {
      const guide = panel.titles[key];
      if (!guide) continue;
      const li = q(selector);
      const a = li.querySelector('a')!;
      li.hidden = false;
      a.setAttribute('href', guide.href);
      a.textContent = guide.title;
    }
    q('[data-last]').hidden = Boolean(place[3]);
    const plan = q('[data-plan]');
    plan.setAttribute('href', `${plan.getAttribute('href')}?${place[4]}`);
    el.setAttribute('data-code', place[5]);
    // Hidden by «Скрыть» for this plan: only «Показать мой план» in its place.
    if (place[6]) el.setAttribute('data-folded', '');
    // Two or more organisations: the switcher's line is kept for src/features/orgs/boot.ts.
    if (manyOrgs()) el.setAttribute('data-orgs', '');
    el.hidden = false;
  }
} catch {
  // Blocked storage or a broken page: the panel stays hidden.
}
