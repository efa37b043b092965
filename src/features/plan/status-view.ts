/**
 * A guide's status as DOM, the same in the plan, «Мой прогресс» and the guide's checklist header:
 * «В процессе» (in a plan «Выполнено 3 из 7»), or the advice «Сначала: «…» или «…»» with «У меня уже есть логин и
 * пароль», or the reader's own answer with the way back («Отменить эту отметку»).
 */
import { BLOCKED_LABEL, STATUS_LABELS, meetingGuides, type GuideStatus } from './status';
import { setHasCredentials } from './credentials';
import type { GuideTable } from '../../site/guide-keys';
import { withBase } from '../../lib/base-path';

/** Between guides that each meet the same requirement. */
export const OR_WORD = 'или';

import { HAS_CREDENTIALS_LABEL, HAS_CREDENTIALS_NOTE, HAS_CREDENTIALS_UNDO } from './status-words';

export { HAS_CREDENTIALS_LABEL, HAS_CREDENTIALS_NOTE, HAS_CREDENTIALS_UNDO };

/** The status without advice: «Не начато», «В процессе», «Выполнено». */
export const statusLabel = (status: GuideStatus): string =>
  STATUS_LABELS[status.status === 'blocked' ? 'not-started' : status.status];

/** In a plan, the count says it all: «Выполнено 3 из 7» (not «… — в процессе»). */
export const countText = (status: GuideStatus): string =>
  `Выполнено ${status.done} из ${status.total}`;

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
  plain: (status: GuideStatus) => string = statusLabel,
): void {
  slot.dataset['status'] = status.status;
  // The reader's own button («У меня уже есть логин и пароль», «Отменить эту отметку») is
  // replaced by its opposite: focus follows to it, not to the page (an audit of round 29).
  const focused = slot.contains(document.activeElement);
  const refocus = () => {
    if (focused)
      (slot.querySelector<HTMLElement>('.eis-status-action') ?? slot.querySelector('a'))?.focus();
  };
  if (status.status !== 'blocked') {
    slot.replaceChildren(plain(status));
    if (status.credentials === 'met-by-reader')
      slot.append(` ${HAS_CREDENTIALS_NOTE} `, credentialsButton(false));
    return refocus();
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
  refocus();
}
