/**
 * Renders a plan as a list of guides with their progress. Its own chunk: the plan texts load only
 * where a plan is shown (a reader with a saved plan on «Мой прогресс», a finished tree).
 */
import { planFor } from './plans';
import type { Answers } from './answers';
import type { GuideTable } from '../../site/guide-keys';
import type { StatusContext } from './status';
import { planItem } from './plan-item';

/** Fill `list` with the plan for `answers`; returns how many guides it holds. */
export function renderPlan(
  list: Element,
  answers: Answers,
  guides: GuideTable,
  ticks: Record<string, string[]>,
  base: string,
  context: StatusContext = {},
): number {
  const plan = planFor(answers);
  list.replaceChildren(...plan.map((g) => planItem(g, guides, ticks, base, context)));
  return plan.length;
}
