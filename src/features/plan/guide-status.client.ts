/**
 * <eis-guide-status>: the guide's status in its checklist header (the `[data-status]` slot of
 * Checklist.astro), in the same words as the plan and «Мой прогресс»: «Не начато», «В процессе»,
 * «Выполнено» or the advice «Сначала: «…»» (status-view.ts). It explains; the checklist stays usable.
 * The guide and those it requires come from the page's data blob (slice `guide`).
 */
import { $ticks } from '../../lib/storage/stores';
import { guideStatus, statusText } from './status';
import { defineIsland, untilAbort } from '../../lib/island';
import { obj } from '../../lib/island-schema';
import { guideSchema } from '../../lib/island-slices';

/** The page data this island reads (checked by defineIsland). */
const pageSlices = obj({ guide: guideSchema });

defineIsland('eis-guide-status', {
  data: pageSlices,
  connect(_el, { signal, data: { guide } }) {
    const list = guide.guides[guide.key]?.checklist?.id;
    const slot = list
      ? document.querySelector<HTMLElement>(
          `eis-checklist[data-checklist-id="${list}"] .eis-checklist__status`,
        )
      : null;
    if (!slot) return;
    // A guide that requires another gets the advice and its button (guide-advice.ts, own chunk).
    if (guide.guides[guide.key]?.requires.length) {
      void import('./guide-advice').then(({ bindAdvice }) => {
        if (!signal.aborted)
          untilAbort(signal, bindAdvice(slot, guide.key, guide.guides, import.meta.env.BASE_URL));
      });
      return;
    }
    untilAbort(
      signal,
      $ticks.subscribe((ticks) => {
        const status = guideStatus(guide.key, guide.guides, ticks);
        if (!status) return;
        slot.dataset['status'] = status.status;
        slot.textContent = statusText(status, guide.guides);
      }),
    );
  },
});
