/**
 * One guide of a plan as a list item, shared by «С чего начать» and «Мой прогресс»: the link,
 * the task-list status («Выполнено N из M», or the advice «Сначала: …» with links to the guides
 * to do first — src/features/plan/status-view.ts), the plan's note, and a reminder link where the guide issues
 * something that expires. Titles and links come from the guide table built from the MDX.
 */
import { guideStatus, type StatusContext } from './status';
import { countText, fillStatus } from './status-view';
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
  context: StatusContext = {},
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
  const status = guideStatus(item.key, guides, ticks, context);
  if (status) {
    const span = document.createElement('span');
    span.className = 'eis-plan-meta eis-plan-status';
    fillStatus(span, status, guides, base, countText);
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
