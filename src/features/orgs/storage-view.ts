/**
 * Storage as this page sees it, for code that reads every organisation's keys («Мой прогресс»,
 * importing a file): this tab's own keys from the stores' memory (which holds them even when the
 * browser refuses to store), everything else straight from localStorage. The keys listed are
 * localStorage's and this tab's ticks as its store holds them: with storage full or blocked, what
 * the reader ticked lives only there. (Reminders held only in memory are not listed: the reminder
 * store would join chunks every page loads.)
 */
import { raw } from '../../lib/storage/persist';
import { getLocalStorage, safeGet } from '../../lib/storage/safe-storage';
import { TICK } from '../../lib/storage/stored';
import { $tickValues } from '../../lib/storage/stores';
import type { StorageView } from './matrix';

export function storageView(): StorageView {
  const ls = getLocalStorage();
  return {
    get: (key) => raw.get(key) ?? safeGet(ls, key) ?? undefined,
    keys: () => {
      let stored: string[] = [];
      try {
        stored = ls ? Object.keys(ls) : [];
      } catch {
        // Blocked: only what the stores hold.
      }
      return [
        ...new Set([...stored, ...Object.keys($tickValues.get()).map((id) => TICK.keyOf(id))]),
      ];
    },
  };
}
