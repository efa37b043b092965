/**
 * The texts of the decision tree's questions (tree.ts holds their walk, STEPS): rendered by the
 * server (DecisionTree.astro) and used by the plans (plans.ts), never by the tree's own script.
 */
import { STEPS, nextStep, type Answers, type Need, type QuestionId, type Step } from './tree';

export interface Option<V extends string = string> {
  value: V;
  label: string;
  hint?: string;
}

export interface Question extends Step {
  title: string;
  hint?: string;
  options: Option[];
  /** How to find out the answer; shown under the question. */
  unknownHelp?: string;
}

/** The step of the walk with this id (its `when` and `multiple`). */
const step = (id: QuestionId): Step => STEPS.find((s) => s.id === id)!;

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
    ...step('needs'),
    title: 'Что вам нужно сделать?',
    hint: 'Отметьте всё, что подходит.',
    options: NEEDS,
    unknownHelp:
      'Не уверены, что из этого нужно, или что-то уже не работает — отметьте последний вариант: план начнётся со списка ошибок и их решений и подскажет, как обратиться в поддержку ЕИС.',
  },
  {
    ...step('ris'),
    title: 'Зарегистрирована ли Система (Web-Торги-КС) в ЕИС как РИС в вашем регионе?',
    options: [
      { value: 'yes', label: 'Да' },
      { value: 'no', label: 'Нет' },
      { value: 'unknown', label: 'Не знаю' },
    ],
    unknownHelp:
      'Блок «Права доступа к РИС» виден в Системе, только если в ней включена информация о регистрации в ЕИС в качестве РИС. Не уверены — ответьте «Не знаю».',
  },
  {
    ...step('roles'),
    title:
      'Есть ли у организации также роль «Уполномоченный орган» или «Уполномоченное учреждение»?',
    options: [
      { value: 'yes', label: 'Да' },
      { value: 'no', label: 'Нет' },
      { value: 'unknown', label: 'Не знаю' },
    ],
    unknownHelp:
      'Как узнать, есть ли у организации такая роль, источник не говорит. Не уверены — ответьте «Не знаю»: план покажет правило для этих ролей с условием «если у организации есть дополнительно роль…» и подскажет, у кого это уточнить.',
  },
];

/** The next question to ask, with its texts, or `undefined` when the answers are complete. */
export function nextQuestion(answers: Answers): Question | undefined {
  const next = nextStep(answers);
  return next && QUESTIONS.find((q) => q.id === next.id);
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
