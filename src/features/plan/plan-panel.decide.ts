/**
 * The plan panel's decision, made before the first paint by the guide's inline script
 * (plan-panel.inline.ts, bundled by src/build/inline-script.ts): from the stored plan, read by the
 * store's own decoder, and the stored «Скрыть», this guide's place in the plan. Kept apart from
 * plan-panel.ts (the build-time places) so the inline bundle carries only this.
 */
import { NEED_VALUES, type Answers } from './answers';
import { decodePlan, isObject, unwrap } from '../../lib/storage/stored';

/** "step,count,prev,next" → plan codes (space-separated) where this guide has that place. */
export type PanelPlaces = Record<string, string>;

/**
 * What the panel shows: step, count, previous and next guide keys ('' at the ends), the plan's
 * query and code, and whether the reader hid it for this plan («Скрыть»: then only «Показать мой
 * план» shows in its place).
 */
export type PanelPlace = [
  step: number,
  count: number,
  prev: string,
  next: string,
  query: string,
  code: string,
  hidden: boolean,
];

/** The answers that count: needs in the tree's order; ris only with services; roles only with ris = yes. */
function effective(a: Answers): { needs: string[]; ris: string; roles: string } {
  const needs = NEED_VALUES.filter((n) => a.needs?.includes(n));
  const ris = needs.includes('services') && a.ris ? a.ris : '';
  const roles = ris === 'yes' && a.roles ? a.roles : '';
  return { needs, ris, roles };
}

/** A compact, order-free code for complete answers: needs as a bit mask, then ris and roles. */
export function planCode(a: Answers): string {
  const { needs, ris, roles } = effective(a);
  let mask = 0;
  for (const n of needs) mask |= 1 << NEED_VALUES.indexOf(n as (typeof NEED_VALUES)[number]);
  return mask.toString(36) + ris.charAt(0) + roles.charAt(0);
}

/**
 * From the stored plan and the stored «Скрыть»: this guide's place in the plan, hidden or not, or
 * 0 when there is nothing to show (no plan, an unreadable one, a plan without this guide).
 */
export function panelDecide(
  planRaw: string | null,
  hiddenRaw: string | null,
  places: PanelPlaces,
): PanelPlace | 0 {
  const answers = decodePlan(planRaw);
  const code = planCode(answers);
  const stored = unwrap(hiddenRaw);
  const hidden = isObject(stored) && stored['plan'] === code;
  const { needs, ris, roles } = effective(answers);
  for (const place of Object.keys(places)) {
    if (!` ${places[place]} `.includes(` ${code} `)) continue;
    const [step = '', count = '', prev = '', next = ''] = place.split(',');
    let query = `need=${needs.join(',')}`;
    if (ris) query += `&ris=${ris}`;
    if (roles) query += `&roles=${roles}`;
    return [Number(step), Number(count), prev, next, query, code, hidden];
  }
  return 0;
}
