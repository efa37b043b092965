/**
 * A storage engine for @nanostores/persistent that never throws. It reads and writes through
 * to `storage`; when storage is blocked or a write fails (quota), values live on in memory for
 * the visit and `onIssue` is told once, so the page can say that ticks will not be kept.
 */
export type StorageIssue = 'blocked' | 'full';

export function createSafeEngine(
  storage: Storage | undefined,
  onIssue: (issue: StorageIssue) => void,
): Record<string, string> {
  const memory = new Map<string, string>();
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

  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    if (!usable) return undefined;
    try {
      return storage!.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };

  return new Proxy({} as Record<string, string>, {
    get: (_t, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_t, key) => typeof key === 'string' && read(key) !== undefined,
    set(_t, key, value) {
      if (typeof key !== 'string') return true;
      const text = String(value);
      if (usable) {
        try {
          storage!.setItem(key, text);
          memory.delete(key);
          return true;
        } catch (err) {
          report(err instanceof DOMException && err.name === 'SecurityError' ? 'blocked' : 'full');
        }
      }
      memory.set(key, text);
      return true;
    },
    deleteProperty(_t, key) {
      if (typeof key !== 'string') return true;
      memory.delete(key);
      if (usable) {
        try {
          storage!.removeItem(key);
        } catch {
          // the value is gone from memory; nothing else to do
        }
      }
      return true;
    },
  });
}
