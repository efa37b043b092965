/**
 * The plans of «С чего начать»: the guides a plan can hold, the notes it carries, and the combined
 * plan for a set of answers. Kept apart from the questions (tree.ts) so that pages load these
 * texts only when a plan is shown.
 *
 * The plan never sends the reader through the password link («Данные пользователя для
 * альтернативной интеграции…») twice: each press of that link issues a new password.
 */
import { prune, type Answers, type Need, type QuestionId } from './tree';
import { allCompleteAnswers, nextQuestion, NEEDS, possibleAnswers, QUESTIONS } from './questions';
import type { GuideKey } from '../../site/guide-keys';

/** The link in ЕИС that issues a new password on every press. */
export const PASSWORD_LINK =
  'Данные пользователя для альтернативной интеграции (по протоколу HTTPS)';

/** Source 000 on ЕИС 13.1, with its date, for every plan of the services path. */
export const SERVICES_CAVEAT =
  'По документу от 30.06.2023, на момент действия версии ЕИС 13.1 Система не обрабатывает настройку взаимодействия с сервисами ЕИС и она не влияет на взаимодействие с ЕИС. Действует ли это сейчас, источник не говорит.';

/** The extra-roles rule of source 000, worded once for the РИС page, the troubleshooting page and the plan. */
export const ROLES_RULE =
  'Если у организации есть дополнительно роль «Уполномоченный орган» или «Уполномоченное учреждение», проделайте те же операции дополнительно для роли «Уполномоченный орган» и «Уполномоченное учреждение» под пользователем с полномочием «Лицо, уполномоченное руководителем на определение лиц и действий, осуществляемых такими лицами от имени организации в ЕИС, на ЭТП и специализированной ЭТП (Администратор организации)».';

/** What source 000 leaves open about that rule. */
export const ROLES_OPEN =
  'Источник не говорит, что при этом меняется в шагах: в шагах 1 и 6 страницы «{guide:ris}» названа роль «Заказчик», а как войти в ЛК для другой роли, не описано. Уточните это у администраторов Системы вашего субъекта или в поддержке ЕИС.';

/**
 * After «Не знаю» on the roles question, in place of ROLES_OPEN: the source gives no way to check
 * the role nor what changes in the steps for it — both gaps said once, with whom to ask once.
 */
export const ROLES_UNKNOWN_NOTE =
  'Есть ли у организации такая роль и что для неё меняется в шагах, источник не говорит: в шагах 1 и 6 страницы «{guide:ris}» названа роль «Заказчик», а как войти в ЛК для другой роли, не описано. Уточните это у администраторов Системы вашего субъекта или в поддержке ЕИС.';

/** What to ask the System's administrators when the reader does not know the РИС answer. */
export const RIS_ASK =
  'Спросите администраторов Системы вашего субъекта, зарегистрирована ли Система в ЕИС в качестве РИС и, если да, какой код у РИС вашего субъекта.';

/** The provisional plan after «Не знаю» on the РИС question. */
export const RIS_UNKNOWN_NOTE = `План предварительный. ${RIS_ASK} «Нет» — ваш путь «{guide:token}», «да» — «{guide:ris}»: ответьте на вопрос заново.`;

/** After «Не знаю» on the first question: who can tell, and the support request that answers questions. */
export const NEEDS_UNKNOWN_NOTE =
  'Что нужно настроить вашей организации, сначала спросите у администраторов Системы вашего субъекта. Вопрос о работе самой ЕИС задайте поддержке ЕИС — обращением вида «Консультация».';

/** Said in the plan when «После перерегистрации» already covers getting and entering the password. */
export const MERGED_PASSWORD_NOTE = `Эта инструкция уже включает получение логина и пароля в ЕИС и их ввод в Web-Торги-КС, поэтому «{guide:https}» и «{guide:wtks}» в план не включены. Ссылку «${PASSWORD_LINK}» нажимайте, только когда готовы сразу записать пароль: каждое нажатие выдаёт новый пароль.`;

/** One guide of a plan: which guide, and what the plan adds about it. */
export interface PlanItem {
  key: GuideKey;
  note?: string;
}

/** Guides that send the reader through the password link (PASSWORD_LINK). */
export const PASSWORD_GUIDES: readonly GuideKey[] = ['rereg', 'https'];

const item = (key: GuideKey, ...notes: string[]): PlanItem =>
  notes.length ? { key, note: notes.join(' ') } : { key };

/**
 * The combined plan: guides in the order to follow them, without repeats. «После
 * перерегистрации» covers getting the password in ЕИС and entering it in Web-Торги-КС, so with it
 * the two separate password guides are left out (and the plan says so). The services path's
 * item carries SERVICES_CAVEAT unless `caveat` is false (the JS-off list says it once per section).
 */
export function planFor(answers: Answers, { caveat = true } = {}): PlanItem[] {
  if (nextQuestion(answers)) return [];
  const said = caveat ? [SERVICES_CAVEAT] : [];
  const needs = new Set(answers.needs);
  const plan: PlanItem[] = [];
  const add = (g: PlanItem) => {
    if (!plan.some((p) => p.key === g.key)) plan.push(g);
  };
  if (needs.has('rereg'))
    add(needs.has('send') ? item('rereg', MERGED_PASSWORD_NOTE) : item('rereg'));
  else if (needs.has('send')) {
    add(item('https'));
    add(item('wtks'));
  }
  if (needs.has('services')) {
    if (answers.ris === 'yes') {
      add(
        answers.roles === 'yes'
          ? item('ris', ROLES_RULE, ROLES_OPEN, ...said)
          : answers.roles === 'unknown'
            ? item('ris', ROLES_RULE, ROLES_UNKNOWN_NOTE, ...said)
            : item('ris', ...said),
      );
    } else if (answers.ris === 'no') add(item('token', ...said));
    else add(item('overview', RIS_UNKNOWN_NOTE, ...said));
  }
  if (needs.has('activation')) add(item('edo'));
  if (needs.has('support')) {
    add(item('trouble'));
    add(item('request'));
  }
  if (needs.has('unknown')) add(item('request', NEEDS_UNKNOWN_NOTE));
  return plan;
}

/** The guide keys of the plan for `answers`, in order (what the plan panel follows). */
export const planKeys = (answers: Answers): GuideKey[] => planFor(answers).map((p) => p.key);

export interface Walk {
  /** Transitions taken: from a question to the next question or to the plan. */
  edges: [QuestionId, QuestionId | 'plan'][];
  plans: PlanItem[][];
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

export interface StaticPath {
  /** The answers to the follow-up questions, each after its question in short («…: да»). */
  answers: string[];
  plan: PlanItem[];
}

export interface StaticSection {
  /** The need (an option of the first question), or several joined by « + ». */
  title: string;
  /**
   * SERVICES_CAVEAT, when the section's plans carry it: said once after the section's list, not
   * after each of its paths (five times over for «Получать данные через сервисы ЕИС»).
   */
  caveat?: string;
  /** Follow-up questions asked on this path, in order. */
  questions: string[];
  paths: StaticPath[];
}

const unique = (keys: GuideKey[]) => [...new Set(keys)];

/**
 * The tree for readers without JS, generated from the same questions and plans as the wizard:
 * one section per need, with every path through the follow-up questions; then each combination
 * of two needs whose plan holds other guides than both plans together (e.g. «После
 * перерегистрации» replacing the two password guides).
 */
export function staticTree(): StaticSection[] {
  const complete = allCompleteAnswers();
  const followUps = (a: Answers) =>
    QUESTIONS.filter((q) => q.id !== 'needs' && q.when(a) && a[q.id as 'ris' | 'roles']);
  const section = (title: string, answers: Answers[]): StaticSection => {
    const asked = new Set(answers.flatMap((a) => followUps(a).map((q) => q.id)));
    const caveat = answers.some((a) => a.needs?.includes('services'));
    return {
      title,
      ...(caveat ? { caveat: SERVICES_CAVEAT } : {}),
      questions: QUESTIONS.filter((q) => asked.has(q.id)).map((q) => q.title),
      paths: answers.map((a) => ({
        answers: followUps(a).map((q, i) => {
          const label = q.options.find((o) => o.value === a[q.id as 'ris' | 'roles'])?.label ?? '';
          const short = q.short ?? q.title;
          const named = `${short}: ${label.toLowerCase()}`;
          return i ? named.charAt(0).toLowerCase() + named.slice(1) : named;
        }),
        plan: planFor(a, { caveat: false }),
      })),
    };
  };
  const label = (n: Need) => NEEDS.find((o) => o.value === n)?.label ?? n;
  // «Не знаю» alone is no heading: without JS it reads as the question's answer.
  const heading = (n: (typeof NEEDS)[number]) =>
    n.value === 'unknown' ? `${n.label}, что нужно сделать` : n.label;
  const sections = NEEDS.map((n) =>
    section(
      heading(n),
      complete.filter((a) => a.needs?.length === 1 && a.needs[0] === n.value),
    ),
  );
  const pairs = complete.filter((a) => {
    if (a.needs?.length !== 2) return false;
    const apart = unique(a.needs.flatMap((n) => planKeys(prune({ ...a, needs: [n] }))));
    return [...planKeys(a)].sort().join() !== apart.sort().join();
  });
  const byNeeds = new Map<string, Answers[]>();
  for (const a of pairs) byNeeds.set(a.needs!.join(), [...(byNeeds.get(a.needs!.join()) ?? []), a]);
  for (const group of byNeeds.values())
    sections.push(section(group[0]!.needs!.map(label).join(' + '), group));
  return sections;
}
