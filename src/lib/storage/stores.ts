/**
 * The site's stores (nanostores) for ticks and the decision-tree plan; reminders live in
 * reminder-store.ts, so pages without reminders never load the reminder code. Ticks are stored
 * one entry per key (see persist.ts), the plan under one key. Actions are plain exported
 * functions. Ticks of the v1 layout are migrated on first load, then removed.
 */
import { collection, derived, single, store } from './persist';
import {
  KEYS,
  TICK_VALUE,
  decodeLegacyTicks,
  decodePlan,
  encodePlan,
  hasPlan,
  isId,
  parseTickId,
  sanitizeTicks,
  tickId,
  type Ticks,
} from './stored';
import type { Answers } from '../../features/plan/answers';

// --- ticks: `<list>:<step>` → true ----------------------------------------------------------

const ticks = collection<true>(
  KEYS.tickPrefix,
  (id, raw) => (raw === TICK_VALUE && parseTickId(id) ? { value: true } : undefined),
  () => TICK_VALUE,
);

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

function setAllTicks(next: Ticks): void {
  const items: Record<string, true> = {};
  for (const [list, steps] of Object.entries(sanitizeTicks(next))) {
    for (const step of steps) items[tickId(list, step)] = true;
  }
  ticks.replace(items);
}

// --- plan ----------------------------------------------------------------------------------

const plan = single<Answers>(KEYS.plan, {}, decodePlan, encodePlan);
export const $plan = plan.$value;

export function savePlan(answers: Answers): boolean {
  return plan.set(answers);
}

// --- «Сбросить всё» and its undo -----------------------------------------------------------

export interface TicksAndPlan {
  ticks: Ticks;
  plan: Answers;
}

/** Make the stored ticks and plan equal to `next` (import, reset, undo). */
export function replaceTicksAndPlan(next: TicksAndPlan): void {
  setAllTicks(next.ticks);
  if (hasPlan(next.plan)) plan.set(next.plan);
  else plan.clear();
}

// --- migration from the v1 layout -----------------------------------------------------------

function migrateTicks(): void {
  const oldTicks = store.get(KEYS.legacyTicks);
  if (oldTicks !== undefined) {
    let ok = true;
    for (const [list, steps] of Object.entries(decodeLegacyTicks(oldTicks))) {
      for (const step of steps) ok = ticks.put(tickId(list, step), true) && ok;
    }
    if (ok) store.remove(KEYS.legacyTicks);
  }
}
migrateTicks();
