/** Remembers «Скрыть» on the plan panel for the plan with this code. */
import { single } from '../../lib/storage/persist';
import { PLAN_PANEL_HIDDEN } from '../../lib/storage/stored';

const hidden = single(PLAN_PANEL_HIDDEN, '');

export function hidePanel(code: string): void {
  if (code) hidden.set(code);
}
