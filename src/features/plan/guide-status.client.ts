/**
 * The guide's status in its checklist header (the `[data-status]` slot of Checklist.astro), in the
 * same words as the plan and «Мой прогресс»: «Не начато», «В процессе», «Выполнено» or «Нельзя
 * начать, пока не выполнено: «…»». It explains; the checklist stays usable.
 */
import { $ticks } from '../../lib/storage/stores';
import { guideStatus, statusText } from './status';
import { readData } from '../../lib/island-data';
import type { GuideTable } from '../../site/guide-keys';

const source = document.querySelector<HTMLElement>('[data-guide-status]');
const data = source
  ? readData<{ key: string; guides: GuideTable }>(source, 'guideStatus', { key: '', guides: {} })
  : undefined;
const list = data?.guides[data.key]?.checklist?.id;
const slot = list
  ? document.querySelector<HTMLElement>(
      `eis-checklist[data-checklist-id="${list}"] .eis-checklist__status`,
    )
  : null;

if (data && slot) {
  $ticks.subscribe((ticks) => {
    const status = guideStatus(data.key, data.guides, ticks);
    if (!status) return;
    slot.dataset['status'] = status.status;
    slot.textContent = statusText(status, data.guides);
  });
}
