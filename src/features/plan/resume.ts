/**
 * Where a returning reader resumes their saved plan: the first guide of the plan not done yet.
 * A guide without a checklist (e.g. the page that explains both paths) cannot be ticked, so it
 * counts as done once the reader has started any guide after it in the plan.
 */
import { planFor } from './plans';
import { guideStatus, type StatusContext } from './status';
import type { Answers } from './answers';
import type { GuideTable } from '../../site/guide-keys';

export interface ResumePoint {
  /** 1-based place of the guide to continue with; equals `count` when all is done. */
  step: number;
  count: number;
  /** The guide to continue with, or undefined when every guide of the plan is done. */
  key: string | undefined;
}

/** The resume point of the plan for `answers`, or undefined when there is no complete plan. */
export function resumePoint(
  answers: Answers,
  guides: GuideTable,
  ticks: Readonly<Record<string, readonly string[]>>,
  context: StatusContext = {},
): ResumePoint | undefined {
  const keys = planFor(answers)
    .map((p) => p.key as string)
    .filter((k) => guides[k]);
  if (!keys.length) return undefined;
  const status = (k: string) => guideStatus(k, guides, ticks, context)?.status;
  const started = (i: number) =>
    keys.slice(i + 1).some((k) => {
      const s = status(k);
      return s === 'in-progress' || s === 'done';
    });
  const index = keys.findIndex((k, i) => {
    const s = status(k);
    return s === undefined ? !started(i) : s !== 'done';
  });
  if (index < 0) return { step: keys.length, count: keys.length, key: undefined };
  return { step: index + 1, count: keys.length, key: keys[index] };
}
