/**
 * One guide of a plan as a list item, shared by «С чего начать» and «Мой прогресс»: the link,
 * «Выполнено N из M» with the task-list status, the guide's note, and a reminder link where the
 * guide issues something that expires.
 */
import { STATUS_LABELS, countDone, progressStatus } from '../../lib/checklist-scan';
import type { Guide } from '../../lib/plans';
import { withBase } from '../../lib/base-path';

export function planItem(
  guide: Guide,
  steps: Record<string, string[]>,
  ticks: Record<string, string[]>,
  base: string,
): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = withBase(guide.href, base);
  link.textContent = guide.title;
  li.append(link);
  const meta: string[] = [];
  const total = guide.checklist ? steps[guide.checklist] : undefined;
  if (total?.length) {
    const done = countDone(total, ticks[guide.checklist!]);
    meta.push(
      `Выполнено ${done} из ${total.length} — ${STATUS_LABELS[progressStatus(done, total.length)].toLowerCase()}`,
    );
  }
  if (guide.note) meta.push(guide.note);
  if (meta.length) {
    const span = document.createElement('span');
    span.className = 'eis-plan-meta';
    span.textContent = meta.join('. ');
    li.append(span);
  }
  if (guide.reminder) {
    const reminder = document.createElement('a');
    reminder.href = `${base}tools/reminder/?kind=${guide.reminder}`;
    reminder.className = 'eis-plan-meta';
    reminder.textContent =
      guide.reminder === 'token'
        ? 'Напомнить об окончании срока токена'
        : 'Напомнить об окончании срока идентификатора';
    li.append(reminder);
  }
  return li;
}
