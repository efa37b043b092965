/**
 * Task-list statuses (GOV.UK task list): a guide is «Не начато», «В процессе» or «Выполнено» by
 * its ticks, and «Сначала: …» (advice, never a lock) while a guide it `requires` is not met and its
 * own work has not started.
 *
 * A requirement is met by its own guide done, or by any guide in MET_ALSO_BY done, or — for the
 * login-and-password guide — by the reader saying «У меня уже есть логин и пароль». Otherwise a
 * reader who came from «После перерегистрации» would be sent back to the HTTPS guide, whose press
 * of the password link makes the password they just entered invalid (source 001).
 */
import type { GuideTable } from '../../site/guide-keys';

export type ProgressStatus = 'not-started' | 'in-progress' | 'done';
export type TaskStatus = ProgressStatus | 'blocked';

export const STATUS_LABELS: Record<ProgressStatus, string> = {
  'not-started': 'Не начато',
  'in-progress': 'В процессе',
  done: 'Выполнено',
};

/** The words before the guides to do first (advice: the guide stays open). */
export const BLOCKED_LABEL = 'Сначала:';

/** The guide that issues the login and password for integration over HTTPS. */
export const CREDENTIALS_GUIDE = 'https';

/**
 * Other guides whose completion meets a requirement: «После перерегистрации» includes getting the
 * login and password in ЕИС (and entering them in Web-Торги-КС).
 */
export const MET_ALSO_BY: Readonly<Record<string, readonly string[]>> = { https: ['rereg'] };

/** The guides a guide's status reads: itself, what it requires and what else meets that. */
export function statusKeys(key: string, requires: readonly string[]): string[] {
  return [...new Set([key, ...requires.flatMap((r) => [r, ...(MET_ALSO_BY[r] ?? [])])])];
}

/** What the status depends on besides ticks. */
export interface StatusContext {
  /** The reader said «У меня уже есть логин и пароль» in this browser. */
  hasCredentials?: boolean;
}

/** How many of `steps` are ticked; ticks of steps no longer on the page don't count. */
export function countDone(steps: readonly string[], ticked: readonly string[] | undefined): number {
  if (!ticked?.length) return 0;
  const set = new Set(ticked);
  return steps.filter((s) => set.has(s)).length;
}

export function progressStatus(done: number, total: number): ProgressStatus {
  if (done <= 0) return 'not-started';
  return done >= total ? 'done' : 'in-progress';
}

export interface GuideStatus {
  status: TaskStatus;
  done: number;
  total: number;
  /** Keys of required guides not met yet (only when `status` is 'blocked'). */
  waitingFor: string[];
  /** The guide waits (or would wait) for the login and password: offer HAS_CREDENTIALS_LABEL. */
  credentials?: 'ask' | 'met-by-reader';
}

function isDone(
  key: string,
  guides: GuideTable,
  ticks: Readonly<Record<string, readonly string[]>>,
) {
  const list = guides[key]?.checklist;
  return (
    list !== undefined &&
    progressStatus(countDone(list.steps, ticks[list.id]), list.steps.length) === 'done'
  );
}

/** Guides that meet requirement `key` (itself first), those the table knows. */
export function meetingGuides(key: string, guides: GuideTable): string[] {
  return [key, ...(MET_ALSO_BY[key] ?? [])].filter((k) => guides[k]);
}

/** The status of guide `key`, or undefined when it has no checklist (nothing to count). */
export function guideStatus(
  key: string,
  guides: GuideTable,
  ticks: Readonly<Record<string, readonly string[]>>,
  context: StatusContext = {},
): GuideStatus | undefined {
  const guide = guides[key];
  if (!guide?.checklist) return undefined;
  const { id, steps } = guide.checklist;
  const done = countDone(steps, ticks[id]);
  const own = progressStatus(done, steps.length);
  const met = (r: string) =>
    guides[r]?.checklist === undefined ||
    meetingGuides(r, guides).some((k) => isDone(k, guides, ticks)) ||
    (r === CREDENTIALS_GUIDE && context.hasCredentials === true);
  const waitingFor = own === 'not-started' ? guide.requires.filter((r) => !met(r)) : [];
  const status: GuideStatus = {
    status: waitingFor.length ? 'blocked' : own,
    done,
    total: steps.length,
    waitingFor,
  };
  if (waitingFor.includes(CREDENTIALS_GUIDE)) status.credentials = 'ask';
  else if (
    own === 'not-started' &&
    context.hasCredentials === true &&
    guide.requires.includes(CREDENTIALS_GUIDE) &&
    !meetingGuides(CREDENTIALS_GUIDE, guides).some((k) => isDone(k, guides, ticks))
  )
    status.credentials = 'met-by-reader';
  return status;
}

/** One requirement in words: «Первая» or «Первая» или «Другая». */
export const requirementText = (key: string, guides: GuideTable): string =>
  meetingGuides(key, guides)
    .map((k) => `«${guides[k]?.title ?? k}»`)
    .join(' или ');

/** The status in words: «В процессе», or «Сначала: «…» или «…»». */
export function statusText(status: GuideStatus, guides: GuideTable): string {
  if (status.status !== 'blocked') return STATUS_LABELS[status.status];
  return `${BLOCKED_LABEL} ${status.waitingFor.map((k) => requirementText(k, guides)).join(', ')}`;
}
