/**
 * The whole of a reader's progress — ticks, plan and reminders — as one value, for «Загрузить»,
 * «Скачать прогресс» and «Сбросить всё». Loaded only when the reader uses those.
 */
import { $plan, $tickValues, $ticks } from '../../lib/storage/stores';
import type { Change } from '../../lib/storage/persist';
import { revert, rewrite } from '../../lib/storage/undo';
import {
  PLAN,
  TICK,
  TICK_VALUE,
  hasPlan,
  sanitizeTicks,
  tickId,
  type TickValue,
  type Ticks,
} from '../../lib/storage/stored';
import type { Answers } from '../plan/answers';
import { $reminders, replaceReminders } from '../reminders/reminder-store';
import type { Progress } from './progress-file';

export type { Change };

export interface TicksAndPlan {
  ticks: Ticks;
  plan: Answers;
}

/** Make the stored ticks and plan equal to `next` (import, reset); the keys it changed. */
export function replaceTicksAndPlan(next: TicksAndPlan): Change[] {
  // A tick the reader already has keeps the step hash it was made against.
  const mine = $tickValues.get();
  const items: Record<string, TickValue> = {};
  for (const [list, steps] of Object.entries(sanitizeTicks(next.ticks))) {
    for (const step of steps) items[tickId(list, step)] = mine[tickId(list, step)] ?? TICK_VALUE;
  }
  const shown = Object.entries($ticks.get()).flatMap(([list, steps]) =>
    steps.map((step) => tickId(list, step)),
  );
  const plan = hasPlan(next.plan) ? { '': next.plan } : {};
  return [...rewrite(TICK, shown, items), ...rewrite(PLAN, [''], plan)];
}

export function currentProgress(): Progress {
  return { ticks: $ticks.get(), plan: $plan.get(), reminders: $reminders.get() };
}

/** Make the stored progress equal to `next`; the keys it changed (their inverse is the undo). */
export function replaceProgress(next: Progress): Change[] {
  return [...replaceTicksAndPlan(next), ...replaceReminders(next.reminders)];
}

/**
 * «Отменить»: every key the action changed goes back, unless it changed again since (in this tab
 * or another); those stay as they are now.
 */
export const undoChanges = (changes: readonly Change[]) => revert(changes);
