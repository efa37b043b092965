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

export type StorageIssue = 'blocked' | 'full';

/** Key–value access to the reader's storage that never throws (see createSafeStore). */
export interface SafeStore {
  get(key: string): string | undefined;
  /** False when the value could not be stored and lives in memory for this visit only. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  /** Every key currently readable, from storage and from memory. */
  keys(): string[];
}

/**
 * Reads and writes through to `storage`. When storage is blocked, or a write fails (quota), the
 * value lives on in memory for the visit and `onIssue` is told once, so the page can say that
 * what the reader does will not be kept. Memory always wins over storage for the keys it holds.
 */
export function createSafeStore(
  storage: Storage | undefined,
  onIssue: (issue: StorageIssue) => void,
): SafeStore {
  // A value, or null for "removed here, though storage may still have it".
  const memory = new Map<string, string | null>();
  let usable = storage !== undefined;
  let reported = false;
  const report = (issue: StorageIssue) => {
    if (!reported) {
      reported = true;
      onIssue(issue);
    }
  };
  if (usable) {
    try {
      storage!.getItem('eis:probe');
    } catch {
      usable = false;
    }
  }
  if (!usable) report('blocked');

  const storageKeys = (): string[] => {
    if (!usable) return [];
    try {
      const out: string[] = [];
      for (let i = 0; i < storage!.length; i += 1) {
        const key = storage!.key(i);
        if (key !== null) out.push(key);
      }
      return out;
    } catch {
      return [];
    }
  };

  return {
    get(key) {
      if (memory.has(key)) return memory.get(key) ?? undefined;
      return usable ? (safeGet(storage, key) ?? undefined) : undefined;
    },
    set(key, value) {
      if (usable) {
        try {
          storage!.setItem(key, value);
          memory.delete(key);
          return true;
        } catch (err) {
          report(err instanceof DOMException && err.name === 'SecurityError' ? 'blocked' : 'full');
        }
      }
      memory.set(key, value);
      return false;
    },
    remove(key) {
      if (usable) {
        try {
          storage!.removeItem(key);
          memory.delete(key);
          return;
        } catch {
          // fall through: remember the removal in memory
        }
      }
      memory.set(key, null);
    },
    keys() {
      const keys = new Set(storageKeys());
      for (const [key, value] of memory) {
        if (value === null) keys.delete(key);
        else keys.add(key);
      }
      return [...keys];
    },
  };
}
