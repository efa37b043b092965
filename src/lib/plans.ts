/**
 * The plans of «С чего начать»: the guides a plan can hold, the notes it carries, and the combined
 * plan for a set of answers. Kept apart from the questions (tree.ts) so that pages load these
 * texts only when a plan is shown.
 *
 * The plan never sends the reader through the password link («Данные пользователя для
 * альтернативной интеграции…») twice: each press of that link issues a new password.
 */
import { nextQuestion, possibleAnswers, QUESTIONS, type Answers, type QuestionId } from './tree';

/** The link in ЕИС that issues a new password on every press. */
export const PASSWORD_LINK =
  'Данные пользователя для альтернативной интеграции (по протоколу HTTPS)';

/** Source 000 on ЕИС 13.1, with its date, for every plan of the services path. */
export const SERVICES_CAVEAT =
  'По документу от 30.06.2023, на момент действия версии ЕИС 13.1 Система не обрабатывает настройку взаимодействия с сервисами ЕИС и она не влияет на взаимодействие с ЕИС. Действует ли это сейчас, источник не говорит.';

/** The extra-roles rule of source 000, worded once for the РИС page, «Ошибки и решения» and the plan. */
export const ROLES_RULE =
  'Если у организации есть дополнительно роль «Уполномоченный орган» или «Уполномоченное учреждение», проделайте те же операции дополнительно для роли «Уполномоченный орган» и «Уполномоченное учреждение» под пользователем с полномочием «Лицо, уполномоченное руководителем на определение лиц и действий, осуществляемых такими лицами от имени организации в ЕИС, на ЭТП и специализированной ЭТП (Администратор организации)».';

/** What source 000 leaves open about that rule. */
export const ROLES_OPEN =
  'Источник не говорит, что при этом меняется в шагах: в шагах 1 и 6 страницы «Права доступа к РИС» названа роль «Заказчик», а как войти в личный кабинет для другой роли, не описано. Уточните это у администраторов Системы вашего субъекта или в поддержке ЕИС.';

/** What to ask the System's administrators when the reader does not know the РИС answer. */
export const RIS_ASK =
  'Спросите администраторов Системы вашего субъекта, зарегистрирована ли Система в ЕИС в качестве РИС и, если да, какой код у РИС вашего субъекта.';

/** The provisional plan after «Не знаю» on the РИС question. */
export const RIS_UNKNOWN_NOTE = `План предварительный. ${RIS_ASK} «Нет» — ваш путь «Токен для сервисов отдачи», «да» — «Права доступа к РИС»: ответьте на вопрос заново.`;

/** Said in the plan when «После перерегистрации» already covers getting and entering the password. */
export const MERGED_PASSWORD_NOTE = `Эта инструкция уже включает получение логина и пароля в ЕИС и их ввод в Web-Торги-КС, поэтому «Логин и пароль ЕИС для интеграции по HTTPS» и «Ввод логина и пароля в Web-Торги-КС» в план не включены. Ссылку «${PASSWORD_LINK}» нажмите один раз: каждое нажатие выдаёт новый пароль.`;

export interface Guide {
  href: string;
  title: string;
  /** Checklist id on that page, for progress. */
  checklist?: string;
  /** Link to set an expiry reminder for what this guide issues. */
  reminder?: 'token' | 'edo';
  note?: string;
  /** The guide sends the reader through the password link (PASSWORD_LINK), which issues a new password. */
  passwordLink?: true;
}

export const GUIDES = {
  rereg: {
    href: '/connect/re-registration/',
    title: 'После перерегистрации организации',
    checklist: 're-registration',
    passwordLink: true,
  },
  https: {
    href: '/connect/https-credentials/',
    title: 'Логин и пароль ЕИС для интеграции по HTTPS',
    checklist: 'https-credentials',
    passwordLink: true,
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
  overview: {
    href: '/services/overview/',
    title: 'Настройка взаимодействия с сервисами ЕИС: токен или РИС',
  },
  edo: {
    href: '/activation/edo-identifier/',
    title: 'Идентификатор участника ЭДО',
    checklist: 'edo-identifier',
    reminder: 'edo',
  },
  trouble: { href: '/reference/troubleshooting/', title: 'Ошибки и решения' },
  request: {
    href: '/support/create-request/',
    title: 'Как создать обращение в поддержку ЕИС',
    checklist: 'create-request',
  },
} satisfies Record<string, Guide>;

const withNote = (guide: Guide, ...notes: string[]): Guide => ({
  ...guide,
  note: [guide.note, ...notes].filter(Boolean).join(' '),
});

/**
 * The combined plan: guides in the order to follow them, without repeats. «После
 * перерегистрации» covers getting the password in ЕИС and entering it in Web-Торги-КС, so with it
 * the two separate password guides are left out (and the plan says so).
 */
export function planFor(answers: Answers): Guide[] {
  if (nextQuestion(answers)) return [];
  const needs = new Set(answers.needs);
  const plan: Guide[] = [];
  const add = (g: Guide) => {
    if (!plan.some((p) => p.href === g.href)) plan.push(g);
  };
  if (needs.has('rereg'))
    add(needs.has('send') ? withNote(GUIDES.rereg, MERGED_PASSWORD_NOTE) : GUIDES.rereg);
  else if (needs.has('send')) {
    add(GUIDES.https);
    add(GUIDES.wtks);
  }
  if (needs.has('services')) {
    if (answers.ris === 'yes') {
      add(
        answers.roles === 'yes'
          ? withNote(GUIDES.ris, ROLES_RULE, ROLES_OPEN, SERVICES_CAVEAT)
          : withNote(GUIDES.ris, SERVICES_CAVEAT),
      );
    } else if (answers.ris === 'no') add(withNote(GUIDES.token, SERVICES_CAVEAT));
    else add(withNote(GUIDES.overview, RIS_UNKNOWN_NOTE, SERVICES_CAVEAT));
  }
  if (needs.has('activation')) add(GUIDES.edo);
  if (needs.has('support')) {
    add(GUIDES.trouble);
    add(GUIDES.request);
  }
  return plan;
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
