/**
 * The site's stores (nanostores) for ticks and the decision-tree plan; reminders live in
 * reminder-store.ts, so pages without reminders never load the reminder code. Ticks are stored
 * one entry per key (see persist.ts), the plan under one key. Actions are plain exported
 * functions. Ticks of the v1 layout are migrated on first load, then removed.
 */
import { collection, derived, migrateLegacy, single, type Change } from './persist';
import {
  LEGACY_TICKS,
  PLAN,
  TICK,
  hasPlan,
  isId,
  parseTickId,
  sanitizeTicks,
  tickId,
  type Ticks,
} from './stored';
import type { Answers } from '../../features/plan/answers';

// --- ticks: `<list>:<step>` → true ----------------------------------------------------------

const ticks = collection(TICK);

export const $ticks = derived(ticks.$items, (items): Ticks => {
  const out: Record<string, Set<string>> = {};
  for (const id of Object.keys(items)) {
    const { list, step } = parseTickId(id)!;
    (out[list] ??= new Set()).add(step);
  }
  return Object.fromEntries(Object.entries(out).map(([l, s]) => [l, [...s].sort()]));
});

/** False when the tick could not be stored (it lives in memory for this visit). */
export function setTick(list: string, step: string, done: boolean): boolean {
  if (!isId(list) || !isId(step)) return false;
  if (done) return ticks.put(tickId(list, step), true);
  ticks.drop(tickId(list, step));
  return true;
}

export function resetList(list: string): void {
  for (const id of Object.keys(ticks.$items.get())) {
    if (id.startsWith(`${list}:`)) ticks.drop(id);
  }
}

function setAllTicks(next: Ticks): Change[] {
  const items: Record<string, true> = {};
  for (const [list, steps] of Object.entries(sanitizeTicks(next))) {
    for (const step of steps) items[tickId(list, step)] = true;
  }
  return ticks.replace(items);
}

// --- plan ----------------------------------------------------------------------------------

const plan = single<Answers>(PLAN, {});
export const $plan = plan.$value;

export function savePlan(answers: Answers): boolean {
  return plan.set(answers);
}

// --- «Сбросить всё» and its undo -----------------------------------------------------------

export interface TicksAndPlan {
  ticks: Ticks;
  plan: Answers;
}

/** Make the stored ticks and plan equal to `next` (import, reset); the keys it changed. */
export function replaceTicksAndPlan(next: TicksAndPlan): Change[] {
  return [...setAllTicks(next.ticks), ...plan.replace(hasPlan(next.plan) ? next.plan : undefined)];
}

// --- migration from the v1 layout -----------------------------------------------------------

// A tick of the first layout is written under its own key before the blob goes.
migrateLegacy(LEGACY_TICKS, (legacy) => {
  let ok = true;
  for (const [list, steps] of Object.entries(legacy)) {
    for (const step of steps) ok = ticks.put(tickId(list, step), true) && ok;
  }
  return ok;
});
