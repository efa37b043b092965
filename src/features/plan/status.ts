/**
 * Task-list statuses (GOV.UK task list): a guide is «Не начато», «В процессе» or «Выполнено» by
 * its ticks, and «Нельзя начать, пока не выполнено: …» while a guide it `requires` is not done and
 * its own work has not started. The status explains; it never locks the guide.
 */
import type { GuideTable } from '../../site/guide-keys';

export type ProgressStatus = 'not-started' | 'in-progress' | 'done';
export type TaskStatus = ProgressStatus | 'blocked';

export const STATUS_LABELS: Record<ProgressStatus, string> = {
  'not-started': 'Не начато',
  'in-progress': 'В процессе',
  done: 'Выполнено',
};

/** The words before the list of guides to do first. */
export const BLOCKED_LABEL = 'Нельзя начать, пока не выполнено:';

/** How many of `steps` are ticked; ticks of steps no longer on the page don't count. */
export function countDone(steps: readonly string[], ticked: readonly string[] | undefined): number {
  if (!ticked?.length) return 0;
  const set = new Set(ticked);
  return steps.filter((s) => set.has(s)).length;
}

export function progressStatus(done: number, total: number): ProgressStatus {
  if (done <= 0) return 'not-started';
  return done >= total ? 'done' : 'in-progress';
}

export interface GuideStatus {
  status: TaskStatus;
  done: number;
  total: number;
  /** Keys of required guides not done yet (only when `status` is 'blocked'). */
  waitingFor: string[];
}

/** The status of guide `key`, or undefined when it has no checklist (nothing to count). */
export function guideStatus(
  key: string,
  guides: GuideTable,
  ticks: Readonly<Record<string, readonly string[]>>,
): GuideStatus | undefined {
  const guide = guides[key];
  if (!guide?.checklist) return undefined;
  const { id, steps } = guide.checklist;
  const done = countDone(steps, ticks[id]);
  const own = progressStatus(done, steps.length);
  const waitingFor =
    own === 'not-started'
      ? guide.requires.filter((r) => {
          const list = guides[r]?.checklist;
          return (
            list !== undefined &&
            progressStatus(countDone(list.steps, ticks[list.id]), list.steps.length) !== 'done'
          );
        })
      : [];
  return { status: waitingFor.length ? 'blocked' : own, done, total: steps.length, waitingFor };
}

/** The status in words: «В процессе», or «Нельзя начать, пока не выполнено: «…», «…»». */
export function statusText(status: GuideStatus, guides: GuideTable): string {
  if (status.status !== 'blocked') return STATUS_LABELS[status.status];
  return `${BLOCKED_LABEL} ${status.waitingFor.map((k) => `«${guides[k]?.title ?? k}»`).join(', ')}`;
}
