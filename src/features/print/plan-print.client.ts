/**
 * <eis-plan-print>: enables «Распечатать мой план» once upgraded; the sheet code loads on click
 * (plan-sheet.ts reads the plan on the page and the ticks, and prints). For a reader who has
 * added an organisation the same chunk loads at once, to offer «для всех организаций».
 */
import { $ticks } from '../../lib/storage/stores';
import { defineIsland } from '../../lib/island';
import { raw } from '../../lib/storage/persist';

defineIsland('eis-plan-print', {
  connect(el, { signal }) {
    const button = el.querySelector('button');
    if (!button) return;
    button.addEventListener(
      'click',
      // A second click while the sheet is being made does nothing (plan-sheet.ts).
      () => void import('./plan-sheet').then((m) => m.printPlan(el, $ticks.get())),
      { signal },
    );
    button.disabled = false;
    // The registry key (REGISTRY_KEY of ../orgs/load.ts, spelled out: that module would be one
    // more file on «С чего начать»): only a reader who has added an organisation loads more.
    if (raw.get('eis:v1:orgs')) void import('./plan-sheet').then((m) => m.offerAll(el));
  },
});
