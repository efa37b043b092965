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

export interface Option<V extends string = string> {
  value: V;
  label: string;
  hint?: string;
}

export interface Question {
  id: QuestionId;
  title: string;
  hint?: string;
  multiple: boolean;
  options: Option[];
  /** How to find out the answer; shown under the question. */
  unknownHelp?: string;
  /** Asked only when this holds for the answers so far. */
  when: (a: Answers) => boolean;
}

export const NEEDS: Option<Need>[] = [
  {
    value: 'send',
    label: 'Отправлять документы из Web-Торги-КС в ЕИС',
    hint: 'планы-графики, закупки, сведения о контрактах и другие',
  },
  {
    value: 'services',
    label: 'Получать данные через сервисы ЕИС',
    hint: 'сервисы отдачи или права доступа к РИС',
  },
  { value: 'activation', label: 'Загружать документы приёмки из ЕИС (электронное активирование)' },
  {
    value: 'rereg',
    label:
      'Организация перерегистрирована, или ЕИС сообщает о несоответствии регистрационных данных',
  },
  { value: 'support', label: 'Что-то не работает, нужна помощь поддержки' },
];

export const QUESTIONS: Question[] = [
  {
    id: 'needs',
    title: 'Что вам нужно сделать?',
    hint: 'Отметьте всё, что подходит.',
    multiple: true,
    options: NEEDS,
    unknownHelp:
      'Не уверены, что из этого нужно, или что-то уже не работает — отметьте последний вариант: план начнётся со списка ошибок и их решений и подскажет, как обратиться в поддержку ЕИС.',
    when: () => true,
  },
  {
    id: 'ris',
    title: 'Зарегистрирована ли Система (Web-Торги-КС) в ЕИС как РИС в вашем регионе?',
    multiple: false,
    options: [
      { value: 'yes', label: 'Да' },
      { value: 'no', label: 'Нет' },
      { value: 'unknown', label: 'Не знаю' },
    ],
    unknownHelp:
      'Блок «Права доступа к РИС» виден в Системе, только если в ней включена информация о регистрации в ЕИС в качестве РИС. Не уверены — ответьте «Не знаю».',
    when: (a) => a.needs?.includes('services') ?? false,
  },
  {
    id: 'roles',
    title:
      'Есть ли у организации также роль «Уполномоченный орган» или «Уполномоченное учреждение»?',
    multiple: false,
    options: [
      { value: 'yes', label: 'Да' },
      { value: 'no', label: 'Нет' },
    ],
    unknownHelp:
      'Не уверены — ответьте «Да»: в плане это правило написано с условием «если у организации есть дополнительно роль…», и там сказано, что уточнить у администраторов Системы вашего субъекта или в поддержке ЕИС.',
    when: (a) => (a.needs?.includes('services') ?? false) && a.ris === 'yes',
  },
];

/** The next question to ask, or `undefined` when the answers are complete. */
export function nextQuestion(answers: Answers): Question | undefined {
  return QUESTIONS.find((q) => q.when(answers) && !isAnswered(q.id, answers));
}

export function isAnswered(id: QuestionId, a: Answers): boolean {
  return id === 'needs' ? (a.needs?.length ?? 0) > 0 : a[id] !== undefined;
}

/** The questions answered so far, in the order they were asked. */
export function answeredPath(answers: Answers): QuestionId[] {
  return QUESTIONS.filter((q) => q.when(answers) && isAnswered(q.id, answers)).map((q) => q.id);
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
  for (const q of QUESTIONS) {
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
  if (roles === 'yes' || roles === 'no') answers.roles = roles;
  return prune(answers);
}

/** Every non-empty subset of the options of a multi-select question. */
function subsets<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask += 1) {
    out.push(items.filter((_, i) => mask & (1 << i)));
  }
  return out;
}

/** Every answer a reader can give to a question, «Не знаю» included. */
export function possibleAnswers(q: Question, answers: Answers): Answers[] {
  if (q.id === 'needs')
    return subsets(NEEDS.map((n) => n.value)).map((needs) => ({ ...answers, needs }));
  return q.options.map((o) => ({ ...answers, [q.id]: o.value }) as Answers);
}

/** Every complete set of answers, i.e. every combination a reader can end the tree with. */
export function allCompleteAnswers(): Answers[] {
  const out: Answers[] = [];
  const visit = (answers: Answers, depth: number) => {
    if (depth > QUESTIONS.length) throw new Error('the tree loops');
    if (!nextQuestion(answers)) return void out.push(answers);
    for (const next of possibleAnswers(nextQuestion(answers)!, answers)) visit(next, depth + 1);
  };
  visit({}, 0);
  return out;
}
