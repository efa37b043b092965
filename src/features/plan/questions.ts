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
  /** The question in a few words, before its answer in the tree without JS («…: да»). */
  short?: string;
}

/** The step of the walk with this id (its `when` and `multiple`). */
const step = (id: QuestionId): Step => STEPS.find((s) => s.id === id)!;

export const NEEDS: Option<Need>[] = [
  {
    value: 'send',
    label: 'Отправлять документы из Web-Торги-КС в ЕИС',
    // Source 001's own list for Web-Торги-КС (the longer list of source 002 is for ГоИС).
    hint: 'план закупок, план-график закупок и т. д.',
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
  { value: 'unknown', label: 'Не знаю' },
];

export const QUESTIONS: Question[] = [
  {
    ...step('needs'),
    title: 'Что вам нужно сделать?',
    hint: 'Отметьте всё, что подходит.',
    options: NEEDS,
    unknownHelp:
      'Если Web-Торги-КС или ЕИС показывает сообщение об ошибке, отметьте «Что-то не работает, нужна помощь поддержки». Что нужно настроить вашей организации, уточните у администраторов Системы вашего субъекта. Не уверены — ответьте «Не знаю»: план подскажет, к кому обратиться.',
  },
  {
    ...step('ris'),
    title: 'Зарегистрирована ли Система (Web-Торги-КС) в ЕИС как РИС в вашем регионе?',
    options: [
      { value: 'yes', label: 'Да' },
      { value: 'no', label: 'Нет' },
      { value: 'unknown', label: 'Не знаю' },
    ],
    short: 'Система зарегистрирована как РИС',
    unknownHelp:
      'Откройте в Системе режим «Настройка взаимодействия с сервисами ЕИС»: блок «Права доступа к РИС» в нём виден, только если включена информация о регистрации Системы в качестве РИС в ЕИС. Или спросите администраторов Системы вашего субъекта. Не уверены — ответьте «Не знаю».',
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
    short: 'Есть роль «Уполномоченный орган» или «Уполномоченное учреждение»',
    unknownHelp:
      'Где это посмотреть, источник не говорит: уточните у администраторов Системы вашего субъекта или в поддержке ЕИС. Не уверены — ответьте «Не знаю»: план покажет правило для этих ролей с условием «если такая роль есть».',
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
