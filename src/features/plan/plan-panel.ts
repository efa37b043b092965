/**
 * The plan panel on a guide («Ваш план: шаг 2 из 4»): which plans hold the guide and where, worked
 * out at build time for every complete set of answers, and the decision a reader's browser makes
 * before the first paint from the saved plan. The decision runs as an inline script (its source is
 * inlined with Function.prototype.toString), so `panelDecide` must stay self-contained: no
 * imports, no closures, syntax every supported browser parses. A unit test checks it against
 * planFor for every complete set of answers.
 */
import { NEED_VALUES, type Answers } from './answers';
import { planKeys } from './plans';
import { allCompleteAnswers } from './tree';

export interface PanelOptions {
  /** Need values in bit order. */
  needs: readonly string[];
  /** "step,count,prev,next" → plan codes (space-separated) where this guide has that place. */
  places: Record<string, string>;
  /** Storage key of the plan hidden from the panel: {"v":1,"data":{"plan":code}}. */
  hiddenKey: string;
}

/** A compact, order-free code for complete answers: needs as a bit mask, then ris and roles. */
export function planCode(a: Answers): string {
  let mask = 0;
  for (const n of a.needs ?? []) mask |= 1 << NEED_VALUES.indexOf(n);
  const ris = a.needs?.includes('services') && a.ris ? a.ris.charAt(0) : '';
  const roles = ris === 'y' && a.roles ? a.roles.charAt(0) : '';
  return mask.toString(36) + ris + roles;
}

/** For guide `key`: its place in every plan that holds it, grouped by place. */
export function panelPlaces(key: string): Record<string, string> {
  const places: Record<string, string[]> = {};
  for (const answers of allCompleteAnswers()) {
    const keys: string[] = planKeys(answers);
    const i = keys.indexOf(key);
    if (i === -1) continue;
    const place = [i + 1, keys.length, keys[i - 1] ?? '', keys[i + 1] ?? ''].join();
    (places[place] ??= []).push(planCode(answers));
  }
  return Object.fromEntries(Object.entries(places).map(([p, codes]) => [p, codes.join(' ')]));
}

/** What the panel shows: step, count, previous and next guide keys ('' at the ends), the plan's query and code. */
export type PanelPlace = [
  step: number,
  count: number,
  prev: string,
  next: string,
  query: string,
  code: string,
];

/**
 * From the stored plan and the stored «Скрыть»: this guide's place in the plan, or 0 when the
 * panel stays hidden (no plan, an unreadable one, a plan without this guide, or hidden for it).
 */
export function panelDecide(
  planRaw: string | null,
  hiddenRaw: string | null,
  o: PanelOptions,
): PanelPlace | 0 {
  try {
    const p = JSON.parse(planRaw || 'null');
    const a = p && p.v === 1 && p.data && typeof p.data === 'object' ? p.data : {};
    const list = Array.isArray(a.needs) ? a.needs : [];
    let mask = 0;
    const needs = [];
    for (let i = 0; i < o.needs.length; i += 1) {
      if (list.indexOf(o.needs[i]) !== -1) {
        mask |= 1 << i;
        needs.push(o.needs[i]);
      }
    }
    const ris =
      needs.indexOf('services') !== -1 && ['yes', 'no', 'unknown'].indexOf(a.ris) !== -1
        ? a.ris
        : '';
    const roles = ris === 'yes' && (a.roles === 'yes' || a.roles === 'no') ? a.roles : '';
    const code = mask.toString(36) + ris.charAt(0) + roles.charAt(0);
    let h = null;
    try {
      h = JSON.parse(hiddenRaw || 'null');
    } catch {
      h = null; // an unreadable «Скрыть» hides nothing
    }
    if (h && h.v === 1 && h.data && h.data.plan === code) return 0;
    for (const place in o.places) {
      if ((' ' + o.places[place] + ' ').indexOf(' ' + code + ' ') === -1) continue;
      const f = place.split(',');
      let query = 'need=' + needs.join(',');
      if (ris) query += '&ris=' + ris;
      if (roles) query += '&roles=' + roles;
      return [Number(f[0]), Number(f[1]), f[2] || '', f[3] || '', query, code];
    }
  } catch {
    // an unreadable plan shows nothing
  }
  return 0;
}
