/**
 * Storage as this page sees it, for code that reads every organisation's keys («Мой прогресс»,
 * importing a file): this tab's own keys from the stores' memory (which holds them even when the
 * browser refuses to store), everything else straight from localStorage.
 */
import { raw } from '../../lib/storage/persist';
import { getLocalStorage, safeGet } from '../../lib/storage/safe-storage';
import type { StorageView } from './matrix';

export function storageView(): StorageView {
  const ls = getLocalStorage();
  return {
    get: (key) => raw.get(key) ?? safeGet(ls, key) ?? undefined,
    // The stores' keys as well: with storage full or blocked, what the reader did lives there.
    keys: () => raw.keys(),
  };
}
