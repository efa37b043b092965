/**
 * The site's stores (nanostores) for ticks and the decision-tree plan; reminders live in
 * reminder-store.ts, so pages without reminders never load the reminder code. Ticks are stored
 * one entry per key (see persist.ts), the plan under one key. Actions are plain exported
 * functions. Ticks of the v1 layout are migrated on first load, then removed.
 */
import { collection, derived, raw, single } from './persist';
import { LEGACY_TICKS_KEY } from './keys';
import { PLAN, TICK, TICK_VALUE, isId, parseTickId, tickId, type Ticks } from './stored';
import type { Answers } from '../../features/plan/answers';

// --- ticks: `<list>:<step>` → true ----------------------------------------------------------

const ticks = collection(TICK);

/** Each tick's stored value by `<list>:<step>`: the step hash it was made against, or "1". */
export const $tickValues = ticks.$items;

export const $ticks = derived(ticks.$items, (items): Ticks => {
  const out: Record<string, Set<string>> = {};
  for (const id of Object.keys(items)) {
    const { list, step } = parseTickId(id)!;
    (out[list] ??= new Set()).add(step);
  }
  return Object.fromEntries(Object.entries(out).map(([l, s]) => [l, [...s].sort()]));
});

/**
 * False when the tick could not be stored (it lives in memory for this visit). `hash`: the step's
 * text hash the tick is made against (a tick already there is stamped again with it).
 */
export function setTick(list: string, step: string, done: boolean, hash?: string): boolean {
  if (!isId(list) || !isId(step)) return false;
  if (done) return ticks.put(tickId(list, step), hash ?? TICK_VALUE);
  ticks.drop(tickId(list, step));
  return true;
}

export function resetList(list: string): void {
  for (const id of Object.keys(ticks.$items.get())) {
    if (id.startsWith(`${list}:`)) ticks.drop(id);
  }
}

// --- plan ----------------------------------------------------------------------------------

const plan = single<Answers>(PLAN, {});
export const $plan = plan.$value;

export function savePlan(answers: Answers): boolean {
  return plan.set(answers);
}

// --- migration from the v1 layout -----------------------------------------------------------

/** Settles once the first layout's ticks, if any, are under their own keys (migrate-ticks.ts). */
export const legacyTicksMoved: Promise<void> =
  raw.get(LEGACY_TICKS_KEY) !== undefined
    ? import('./migrate-ticks').then((m) => m.moveLegacyTicks()).catch(() => undefined)
    : Promise.resolve();
