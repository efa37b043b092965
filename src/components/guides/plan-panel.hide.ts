/** Remembers «Скрыть» on the plan panel for the plan with this code. */
import { store } from '../shared/persist';
import { KEYS } from '../../lib/keys';
import { wrap } from '../../lib/stored';

export function hidePanel(code: string): void {
  if (code) store.set(KEYS.planPanelHidden, wrap({ plan: code }));
}
