/**
 * A guide's status as DOM, the same in the plan, «Мой прогресс» and the guide's checklist header:
 * «В процессе: 3 из 7», or the advice «Сначала: «…» или «…»» with «У меня уже есть логин и
 * пароль», or the reader's own answer with the way back («Отменить эту отметку»).
 */
import {
  BLOCKED_LABEL,
  HAS_CREDENTIALS_LABEL,
  HAS_CREDENTIALS_NOTE,
  HAS_CREDENTIALS_UNDO,
  OR_WORD,
  STATUS_LABELS,
  meetingGuides,
  type GuideStatus,
} from './status';
import { setHasCredentials } from './credentials';
import type { GuideTable } from '../../site/guide-keys';
import { withBase } from '../../lib/base-path';

/** «Не начато», «В процессе: 3 из 7», «Выполнено: 7 из 7» (the count only once work started). */
export function progressText(status: GuideStatus): string {
  if (status.status === 'blocked' || status.status === 'not-started')
    return STATUS_LABELS['not-started'];
  return `${STATUS_LABELS[status.status]}: ${status.done} из ${status.total}`;
}

function credentialsButton(value: boolean): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'eis-status-action';
  button.dataset['hasCredentials'] = String(value);
  button.textContent = value ? HAS_CREDENTIALS_LABEL : HAS_CREDENTIALS_UNDO;
  button.addEventListener('click', () => setHasCredentials(value));
  return button;
}

/** Fill `slot` with the status; `base` prefixes the links to the guides to do first. */
export function fillStatus(
  slot: HTMLElement,
  status: GuideStatus,
  guides: GuideTable,
  base: string,
): void {
  slot.dataset['status'] = status.status;
  if (status.status !== 'blocked') {
    slot.replaceChildren(progressText(status));
    if (status.credentials === 'met-by-reader')
      slot.append(` ${HAS_CREDENTIALS_NOTE} `, credentialsButton(false));
    return;
  }
  slot.replaceChildren(`${BLOCKED_LABEL} `);
  status.waitingFor.forEach((key, i) => {
    if (i) slot.append(', ');
    meetingGuides(key, guides).forEach((k, j) => {
      if (j) slot.append(` ${OR_WORD} `);
      const a = document.createElement('a');
      a.href = withBase(guides[k]!.href, base);
      a.textContent = guides[k]!.title;
      slot.append(a);
    });
  });
  slot.append('.');
  if (status.credentials === 'ask') slot.append(' ', credentialsButton(true));
}
