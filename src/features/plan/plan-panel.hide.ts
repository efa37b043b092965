/** Remembers «Скрыть» on the plan panel for the plan with this code. */
import { store } from '../../lib/storage/persist';
import { KEYS } from '../../lib/storage/keys';
import { wrap } from '../../lib/storage/stored';

export function hidePanel(code: string): void {
  if (code) store.set(KEYS.planPanelHidden, wrap({ plan: code }));
}
