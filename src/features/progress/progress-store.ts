/**
 * The whole of a reader's progress — ticks, plan and reminders — as one value, for «Загрузить»,
 * «Скачать прогресс» and «Отменить». Loaded only when the reader uses those.
 */
import { $plan, $ticks, replaceTicksAndPlan } from '../../lib/storage/stores';
import { $reminders, replaceReminders } from '../reminders/reminder-store';
import type { Progress } from './progress-file';

export function currentProgress(): Progress {
  return { ticks: $ticks.get(), plan: $plan.get(), reminders: $reminders.get() };
}

/** Make the stored progress equal to `next`. */
export function replaceProgress(next: Progress): void {
  replaceTicksAndPlan(next);
  replaceReminders(next.reminders);
}
