/**
 * «Ваш план: шаг N из M — продолжить» on the tree's pages (home, «С чего начать»): fills the block
 * that DecisionTree.astro renders hidden and its pre-paint script may already have shown
 * (`data-resume` on <eis-tree>). Its own chunk: it loads the plan texts, only for a reader with a
 * saved plan.
 */
import { resumePoint } from './resume';
import type { StatusContext } from './status';
import type { Answers } from './answers';
import type { GuideTable } from '../../site/guide-keys';
import { withBase } from '../../lib/base-path';

/** Show and fill the resume block for `saved`, or hide it; returns whether it is shown. */
export function renderResume(
  tree: HTMLElement,
  saved: Answers,
  guides: GuideTable,
  ticks: Readonly<Record<string, readonly string[]>>,
  base: string,
  context: StatusContext = {},
): boolean {
  const point = resumePoint(saved, guides, ticks, context);
  const block = tree.querySelector<HTMLElement>('.eis-tree__resume');
  if (!point || !block) {
    tree.removeAttribute('data-resume');
    return false;
  }
  const q = (s: string) => block.querySelector<HTMLElement>(s);
  const where = q('[data-resume-where]');
  if (where)
    where.textContent = point.key
      ? `Ваш план: шаг ${point.step} из ${point.count}`
      : `Ваш план выполнен: ${point.count} из ${point.count}`;
  const link = q('[data-resume-link]') as HTMLAnchorElement | null;
  if (link) {
    const guide = point.key ? guides[point.key] : undefined;
    // Without a guide left: «Мой прогресс», as the server rendered it from the site model.
    link.href = guide ? withBase(guide.href, base) : (link.dataset['doneHref'] ?? link.href);
    link.textContent = guide ? `Продолжить: ${guide.title}` : (link.dataset['doneText'] ?? '');
  }
  tree.setAttribute('data-resume', '');
  block.hidden = false;
  return true;
}

/** «Изменить ответы»: the questions, with the saved needs ticked; the saved plan stays saved. */
export function closeResume(tree: HTMLElement, saved: Answers): void {
  tree.removeAttribute('data-resume');
  tree.querySelector<HTMLElement>('.eis-tree__resume')?.setAttribute('hidden', '');
  tree
    .querySelectorAll<HTMLInputElement>('fieldset[data-q="needs"] input')
    .forEach((i) => (i.checked = saved.needs?.includes(i.value as never) ?? false));
  tree.querySelector<HTMLElement>('fieldset[data-q="needs"] legend')?.focus();
}
