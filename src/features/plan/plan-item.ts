/**
 * One guide of a plan as a list item, shared by «С чего начать» and «Мой прогресс»: the link,
 * «Выполнено N из M» with the task-list status (or «Нельзя начать, пока не выполнено: …» with
 * links to the guides to do first), the plan's note, and a reminder link where the guide issues
 * something that expires. Titles and links come from the guide table built from the MDX.
 */
import { BLOCKED_LABEL, STATUS_LABELS, guideStatus } from './status';
import { resolveTitles, type GuideTable } from '../../site/guide-keys';
import type { PlanItem } from './plans';
import { withBase } from '../../lib/base-path';

const REMINDER_TEXT = {
  token: 'Напомнить об окончании срока токена',
  edo: 'Напомнить об окончании срока идентификатора',
} as const;

export function planItem(
  item: PlanItem,
  guides: GuideTable,
  ticks: Record<string, string[]>,
  base: string,
): HTMLLIElement {
  const li = document.createElement('li');
  // The guide's key, for «Распечатать мой план» (src/features/print/plan-print.client.ts).
  li.dataset['planGuide'] = item.key;
  const guide = guides[item.key];
  if (!guide) return li;
  const link = document.createElement('a');
  link.href = withBase(guide.href, base);
  link.textContent = guide.title;
  li.append(link);
  const status = guideStatus(item.key, guides, ticks);
  if (status) {
    const span = document.createElement('span');
    span.className = 'eis-plan-meta eis-plan-status';
    span.dataset['status'] = status.status;
    if (status.status === 'blocked') {
      span.append(`${BLOCKED_LABEL} `);
      status.waitingFor.forEach((key, i) => {
        const before = guides[key];
        if (!before) return;
        if (i) span.append(', ');
        const a = document.createElement('a');
        a.href = withBase(before.href, base);
        a.textContent = before.title;
        span.append(a);
      });
    } else
      span.textContent = `Выполнено ${status.done} из ${status.total} — ${STATUS_LABELS[status.status].toLowerCase()}`;
    li.append(span);
  }
  if (item.note) {
    const span = document.createElement('span');
    span.className = 'eis-plan-meta';
    span.textContent = resolveTitles(item.note, guides);
    li.append(span);
  }
  if (guide.reminder) {
    const reminder = document.createElement('a');
    reminder.href = `${base}tools/reminder/?kind=${guide.reminder}`;
    reminder.className = 'eis-plan-meta';
    reminder.textContent = REMINDER_TEXT[guide.reminder];
    li.append(reminder);
  }
  return li;
}
