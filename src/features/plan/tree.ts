/**
 * The «С чего начать» decision tree as typed data, and the walk over it.
 *
 * Questions are asked one at a time. The first is multi-select (what the reader needs); the
 * others are single-choice and asked only when earlier answers make them relevant. «Не знаю»
 * on the РИС question leads to a provisional plan: the page that explains both paths, and what
 * to ask the System's administrators. The result is one combined plan of guides in order, which
 * never sends the reader through the password link («Данные пользователя для альтернативной
 * интеграции…») twice: each press of that link issues a new password.
 */

import {
  isNeed,
  isRisAnswer,
  type Answers,
  type Need,
  type RisAnswer,
  type YesNo,
} from './answers';

export { isNeed, isRisAnswer, type Answers, type Need, type RisAnswer, type YesNo };

export type QuestionId = 'needs' | 'ris' | 'roles';

/** A question of the tree without its texts: what the browser needs to walk it. */
export interface Step {
  id: QuestionId;
  multiple: boolean;
  /** Asked only when this holds for the answers so far. */
  when: (a: Answers) => boolean;
}

const asksRis = (a: Answers) => a.needs?.includes('services') ?? false;

/**
 * The walk of the tree, in order. Its texts are in questions.ts (server-rendered fieldsets, the
 * plans), so the tree's script does not carry them.
 */
export const STEPS: readonly Step[] = [
  { id: 'needs', multiple: true, when: () => true },
  { id: 'ris', multiple: false, when: asksRis },
  { id: 'roles', multiple: false, when: (a) => asksRis(a) && a.ris === 'yes' },
];

/** The next question to ask, or `undefined` when the answers are complete. */
export function nextStep(answers: Answers): Step | undefined {
  return STEPS.find((q) => q.when(answers) && !isAnswered(q.id, answers));
}
export function isAnswered(id: QuestionId, a: Answers): boolean {
  return id === 'needs' ? (a.needs?.length ?? 0) > 0 : a[id] !== undefined;
}

/** The questions answered so far, in the order they were asked. */
export function answeredPath(answers: Answers): QuestionId[] {
  return STEPS.filter((q) => q.when(answers) && isAnswered(q.id, answers)).map((q) => q.id);
}

/** Answers with the last answered question removed (the «Назад» step). */
export function stepBack(answers: Answers): Answers {
  const path = answeredPath(answers);
  const last = path[path.length - 1];
  if (!last) return {};
  const copy: Answers = { ...answers };
  delete copy[last];
  return prune(copy);
}

/** Drop answers to questions that no longer apply. */
export function prune(answers: Answers): Answers {
  const out: Answers = {};
  for (const q of STEPS) {
    if (!q.when(out)) continue;
    if (q.id === 'needs' && answers.needs?.length) out.needs = answers.needs;
    if (q.id === 'ris' && answers.ris) out.ris = answers.ris;
    if (q.id === 'roles' && answers.roles) out.roles = answers.roles;
  }
  return out;
}

// --- URL encoding: answers live in the query string -------------------------------------------

export function answersToQuery(answers: Answers): string {
  const params = new URLSearchParams();
  if (answers.needs?.length) params.set('need', answers.needs.join(','));
  if (answers.ris) params.set('ris', answers.ris);
  if (answers.roles) params.set('roles', answers.roles);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function answersFromQuery(search: string): Answers {
  const params = new URLSearchParams(search);
  const answers: Answers = {};
  const needs = (params.get('need') ?? '').split(',').filter(isNeed);
  if (needs.length) answers.needs = [...new Set(needs)];
  const ris = params.get('ris');
  if (isRisAnswer(ris)) answers.ris = ris;
  const roles = params.get('roles');
  if (isRisAnswer(roles)) answers.roles = roles;
  return prune(answers);
}
