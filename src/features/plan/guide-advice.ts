/**
 * The checklist-header status of a guide that requires another: the advice «Сначала: …» with
 * «У меня уже есть логин и пароль» (status-view.ts). Its own chunk, loaded only on such guides, so
 * other guide pages carry none of it.
 */
import { $ticks } from '../../lib/storage/stores';
import { guideStatus } from './status';
import { fillStatus } from './status-view';
import { $hasCredentials } from './credentials';
import type { GuideTable } from '../../site/guide-keys';

/** Fill `slot` now and on every change; returns the unsubscribe. */
export function bindAdvice(
  slot: HTMLElement,
  key: string,
  guides: GuideTable,
  base: string,
): () => void {
  const render = () => {
    const status = guideStatus(key, guides, $ticks.get(), {
      hasCredentials: $hasCredentials.get(),
    });
    if (status) fillStatus(slot, status, guides, base);
  };
  const offs = [$ticks.listen(render), $hasCredentials.listen(render)];
  render();
  return () => offs.forEach((off) => off());
}
