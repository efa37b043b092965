/**
 * The guide's status in its checklist header (the `[data-status]` slot of Checklist.astro), in the
 * same words as the plan and «Мой прогресс»: «Не начато», «В процессе», «Выполнено» or the advice
 * «Сначала: «…»» (src/features/plan/status-view.ts). It explains; the checklist stays usable.
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
  // A guide that requires another gets the advice and its button (guide-advice.ts, own chunk).
  if (data.guides[data.key]?.requires.length)
    void import('./guide-advice').then(({ bindAdvice }) =>
      bindAdvice(slot, data.key, data.guides, import.meta.env.BASE_URL),
    );
  else
    $ticks.subscribe((ticks) => {
      const status = guideStatus(data.key, data.guides, ticks);
      if (!status) return;
      slot.dataset['status'] = status.status;
      slot.textContent = statusText(status, data.guides);
    });
}
