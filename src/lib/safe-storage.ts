/**
 * Storage access that never throws. Browsers throw SecurityError when storage is blocked
 * (or even on reading `window.localStorage`), and QuotaExceededError when it is full.
 */

/** Resolve `localStorage` without throwing; `undefined` when it is blocked or absent. */
export function getLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function safeGet(storage: Storage | undefined, key: string): string | null {
  try {
    return storage ? storage.getItem(key) : null;
  } catch {
    return null;
  }
}

/** Returns false when the value could not be stored. */
export function safeSet(storage: Storage | undefined, key: string, value: string): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
