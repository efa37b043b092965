/**
 * The whole of a reader's progress — ticks, plan and reminders — as one value, for «Загрузить»,
 * «Скачать прогресс» and «Сбросить всё». Loaded only when the reader uses those.
 */
import { $plan, $ticks, replaceTicksAndPlan } from '../../lib/storage/stores';
import { revert, type Change } from '../../lib/storage/persist';
import { $reminders, replaceReminders } from '../reminders/reminder-store';
import type { Progress } from './progress-file';

export type { Change };

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
