/**
 * The whole of a reader's progress — ticks, plan and reminders — as one value, for «Загрузить»,
 * «Скачать прогресс» and «Сбросить всё». Loaded only when the reader uses those.
 */
import { $plan, $tickValues, $ticks } from '../../lib/storage/stores';
import { raw, type Change } from '../../lib/storage/persist';
import { LAST_VISIT } from '../changes/last-visit';
import { revert, rewrite } from '../../lib/storage/undo';
import {
  PLAN,
  TICK,
  TICK_VALUE,
  hasPlan,
  tickId,
  type TickValue,
  type Ticks,
} from '../../lib/storage/stored';
import { isTickHash, sanitizeTicks } from '../../lib/storage/stored-lazy';
import type { Answers } from '../plan/answers';
import { $reminders, replaceReminders } from '../reminders/reminder-store';
import type { Progress } from './progress-file';

export type { Change };

export interface TicksAndPlan {
  ticks: Ticks;
  plan: Answers;
}

/**
 * Make the stored ticks and plan equal to `next` (import, reset); the keys it changed. A tick
 * takes the step hash `next` gives it (a file's, carried through export), else keeps the one
 * the reader's tick already has, else "1" (made against an unknown text).
 */
export function replaceTicksAndPlan(next: TicksAndPlan & Pick<Progress, 'hashes'>): Change[] {
  const mine = $tickValues.get();
  const items: Record<string, TickValue> = {};
  for (const [list, steps] of Object.entries(sanitizeTicks(next.ticks))) {
    for (const step of steps) {
      const id = tickId(list, step);
      const given = next.hashes?.[id];
      items[id] = isTickHash(id, given) ? given : (mine[id] ?? TICK_VALUE);
    }
  }
  const shown = Object.entries($ticks.get()).flatMap(([list, steps]) =>
    steps.map((step) => tickId(list, step)),
  );
  const plan = hasPlan(next.plan) ? { '': next.plan } : {};
  return [...rewrite(TICK, shown, items), ...rewrite(PLAN, [''], plan)];
}

/** The step hashes among stored tick values (`<list>:<step>` → value); "1" has none. */
export function tickHashes(values: Readonly<Record<string, string>>): Progress['hashes'] {
  const out: Record<string, string> = {};
  for (const [id, value] of Object.entries(values)) if (isTickHash(id, value)) out[id] = value;
  return Object.keys(out).length ? out : undefined;
}

export function currentProgress(): Progress {
  const progress: Progress = {
    ticks: $ticks.get(),
    plan: $plan.get(),
    reminders: $reminders.get(),
  };
  const visit = LAST_VISIT.read(raw.get(LAST_VISIT.keyOf()))?.value.day;
  if (visit) progress.lastVisit = visit;
  const hashes = tickHashes($tickValues.get());
  if (hashes) progress.hashes = hashes;
  return progress;
}

/**
 * The last visit of an imported file, only where this browser has none (a new browser): a
 * stored day is never overwritten.
 */
function importedVisit(day: string | undefined): Change[] {
  const key = LAST_VISIT.keyOf();
  if (!day || LAST_VISIT.read(raw.get(key))) return [];
  return rewrite(LAST_VISIT, [''], { '': { day } });
}

/** Make the stored progress equal to `next`; the keys it changed (their inverse is the undo). */
export function replaceProgress(next: Progress): Change[] {
  return [
    ...replaceTicksAndPlan(next),
    ...replaceReminders(next.reminders),
    ...importedVisit(next.lastVisit),
  ];
}

/**
 * «Отменить»: every key the action changed goes back, unless it changed again since (in this tab
 * or another); those stay as they are now.
 */
export const undoChanges = (changes: readonly Change[]) => revert(changes);
