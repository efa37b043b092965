/**
 * The «С чего начать» decision tree as typed data, and the walk over it.
 *
 * Questions are asked one at a time. The first is multi-select (what the reader needs); the
 * others are single-choice and asked only when earlier answers make them relevant. «Не знаю»
 * on the РИС question does not move on: it shows how to find out and asks again. The result is
 * one combined plan of guides in order.
 */

import { isNeed, type Answers, type Need, type YesNo } from './answers';

export { isNeed, type Answers, type Need, type YesNo };

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
  /** Shown when the reader answers «Не знаю» (the question is then asked again). */
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
  { value: 'activation', label: 'Загружать документы приемки из ЕИС (электронное активирование)' },
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
      'Откройте в Системе режим «Настройка взаимодействия с сервисами ЕИС». Блок «Права доступа к РИС» показан в нём, только если в Системе включены сведения о её регистрации в ЕИС в качестве РИС. Если блока нет или вы не уверены, спросите администраторов Системы вашего субъекта.',
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
    when: (a) => (a.needs?.includes('services') ?? false) && a.ris === 'yes',
  },
];

export interface Guide {
  href: string;
  title: string;
  /** Checklist id on that page, for progress. */
  checklist?: string;
  /** Link to set an expiry reminder for what this guide issues. */
  reminder?: 'token' | 'edo';
  note?: string;
}

export const GUIDES = {
  rereg: {
    href: '/connect/re-registration/',
    title: 'После перерегистрации организации',
    checklist: 're-registration',
  },
  https: {
    href: '/connect/https-credentials/',
    title: 'Логин и пароль ЕИС для интеграции по HTTPS',
    checklist: 'https-credentials',
  },
  wtks: {
    href: '/connect/web-torgi-ks/',
    title: 'Ввод логина и пароля в Web-Торги-КС',
    checklist: 'web-torgi-ks',
  },
  token: {
    href: '/services/token/',
    title: 'Токен для сервисов отдачи',
    checklist: 'token',
    reminder: 'token',
  },
  ris: { href: '/services/ris-rights/', title: 'Права доступа к РИС', checklist: 'ris-rights' },
  edo: {
    href: '/activation/edo-identifier/',
    title: 'Идентификатор участника ЭДО',
    checklist: 'edo-identifier',
    reminder: 'edo',
  },
  trouble: { href: '/reference/troubleshooting/', title: 'Ошибки и решения' },
  request: {
    href: '/support/create-request/',
    title: 'Как создать обращение в поддержку',
    checklist: 'create-request',
  },
} satisfies Record<string, Guide>;

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
    if (q.id !== 'needs' && answers[q.id]) out[q.id] = answers[q.id]!;
  }
  return out;
}

/** The combined plan: guides in the order to follow them, without repeats. */
export function planFor(answers: Answers): Guide[] {
  if (nextQuestion(answers)) return [];
  const needs = new Set(answers.needs);
  const plan: Guide[] = [];
  const add = (g: Guide) => {
    if (!plan.some((p) => p.href === g.href)) plan.push(g);
  };
  if (needs.has('rereg')) add(GUIDES.rereg);
  if (needs.has('send')) {
    add(GUIDES.https);
    add(GUIDES.wtks);
  }
  if (needs.has('services')) {
    if (answers.ris === 'yes') {
      add(
        answers.roles === 'yes'
          ? {
              ...GUIDES.ris,
              note: 'Выполните шаги также для ролей «Уполномоченный орган» и «Уполномоченное учреждение».',
            }
          : GUIDES.ris,
      );
    } else add(GUIDES.token);
  }
  if (needs.has('activation')) add(GUIDES.edo);
  if (needs.has('support')) {
    add(GUIDES.trouble);
    add(GUIDES.request);
  }
  return plan;
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
  for (const key of ['ris', 'roles'] as const) {
    const v = params.get(key);
    if (v === 'yes' || v === 'no') answers[key] = v;
  }
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

/** Every answer a reader can give to a question (except «Не знаю», which asks again). */
export function possibleAnswers(q: Question, answers: Answers): Answers[] {
  if (q.id === 'needs')
    return subsets(NEEDS.map((n) => n.value)).map((needs) => ({ ...answers, needs }));
  return q.options
    .map((o) => o.value)
    .filter((v): v is YesNo => v === 'yes' || v === 'no')
    .map((v) => ({ ...answers, [q.id]: v }));
}

export interface Walk {
  /** Transitions taken: from a question to the next question or to the plan. */
  edges: [QuestionId, QuestionId | 'plan'][];
  plans: Guide[][];
}

/** Walk every path through the tree from the start (for checks of the tree's shape). */
export function walkAll(): Walk {
  const walk: Walk = { edges: [], plans: [] };
  const visit = (answers: Answers, depth: number) => {
    if (depth > QUESTIONS.length) throw new Error('the tree loops');
    const q = nextQuestion(answers);
    if (!q) {
      walk.plans.push(planFor(answers));
      return;
    }
    for (const next of possibleAnswers(q, answers)) {
      walk.edges.push([q.id, nextQuestion(next)?.id ?? 'plan']);
      visit(next, depth + 1);
    }
  };
  visit({}, 0);
  return walk;
}
