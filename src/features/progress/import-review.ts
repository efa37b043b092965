/**
 * The part of the import preview that names labels one by one: those that will be dropped (the
 * secret guard refuses them: the reminder comes without its label) and those that only look like
 * a password («Похоже на пароль»: the reader decides per label, and without their tick the label
 * is not imported). Loaded with progress-actions.ts, only when a file is read.
 */
import { judgeLabel } from '../../lib/secret-guard';
import type { Reminder } from '../../lib/storage/stored';
import type { KindTable } from '../reminders/expiry';
import { viewReminder } from '../reminders/reminder-view';
import type { Progress } from './progress-file';

export interface ImportReview {
  /** One line per reminder whose label the file holds but the site will not import. */
  dropped: string[];
  /** Reminders whose label is doubtful: imported only when the reader ticks it. */
  doubtful: { id: string; label: string; reason: string; where: string }[];
}

const DROPPED_WHY = 'подпись не перенесём: она похожа на пароль, токен или идентификатор';

function where(r: Reminder, kinds: KindTable, now: Date): string {
  const view = viewReminder({ ...r, label: '' }, now, kinds);
  return view ? `${view.title}, до ${view.dateText}` : r.date;
}

/** `dropped`: the file's reminders whose label the guard refused (parseImport's summary). */
export function reviewImport(
  progress: Progress,
  dropped: readonly Reminder[],
  kinds: KindTable,
  now = new Date(),
): ImportReview {
  const doubtful: ImportReview['doubtful'] = [];
  for (const r of progress.reminders) {
    const judged = judgeLabel(r.label);
    if (r.label && judged.verdict === 'doubt') {
      doubtful.push({
        id: r.id,
        label: r.label,
        reason: judged.reason ?? '',
        where: where(r, kinds, now),
      });
    }
  }
  return {
    dropped: dropped.map((r) => `${where(r, kinds, now)} — ${DROPPED_WHY}`),
    doubtful,
  };
}

/** Fill the preview's review block (emptied and hidden when there is nothing to say). */
export function renderReview(box: HTMLElement, review: ImportReview): void {
  const parts: HTMLElement[] = [];
  if (review.dropped.length) {
    const p = document.createElement('p');
    p.textContent = 'Не перенесём:';
    const ul = document.createElement('ul');
    ul.className = 'eis-progress__dropped';
    for (const line of review.dropped) {
      const li = document.createElement('li');
      li.textContent = line;
      ul.append(li);
    }
    parts.push(p, ul);
  }
  if (review.doubtful.length) {
    const set = document.createElement('fieldset');
    set.className = 'eis-progress__doubts';
    const legend = document.createElement('legend');
    legend.textContent =
      'Похоже на пароль. Отметьте подписи, которые всё же перенести; без отметки напоминание перенесём без подписи.';
    set.append(legend);
    for (const item of review.doubtful) {
      const label = document.createElement('label');
      const tick = document.createElement('input');
      tick.type = 'checkbox';
      tick.dataset['doubtId'] = item.id;
      label.append(tick, ` «${item.label}» — ${item.where} (${item.reason})`);
      const row = document.createElement('div');
      row.append(label);
      set.append(row);
    }
    parts.push(set);
  }
  box.replaceChildren(...parts);
  box.hidden = parts.length === 0;
}

/** The file's progress as the reader decided: a doubtful label not ticked is left out. */
export function decideReview(progress: Progress, box: HTMLElement | null): Progress {
  const left = new Set(
    [...(box?.querySelectorAll<HTMLInputElement>('input[data-doubt-id]') ?? [])]
      .filter((input) => !input.checked)
      .map((input) => input.dataset['doubtId']),
  );
  if (!left.size) return progress;
  return {
    ...progress,
    reminders: progress.reminders.map((r) => (left.has(r.id) ? { ...r, label: '' } : r)),
  };
}
