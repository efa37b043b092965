/**
 * Storage tests over happy-dom's localStorage, shared by src/lib/storage/*.dom.test.ts:
 * - `pageLoad()`: one page load (or one more tab) — fresh store modules over the same storage,
 *   with the first layout's ticks already moved;
 * - `fullStorage(real)`: `real` out of room: it reads and removes, every write fails;
 * - `clearStorageBetweenTests()`: every test starts with empty storage and unmocked spies.
 */
import { afterEach, beforeEach, vi } from 'vitest';

export type PageLoad = typeof import('../../../src/lib/storage/stores') &
  typeof import('../../../src/lib/storage/persist') &
  typeof import('../../../src/features/reminders/reminder-store') &
  typeof import('../../../src/features/progress/progress-store') &
  typeof import('../../../src/features/progress/progress-io');

/** A page load: fresh modules over the same localStorage. */
export async function pageLoad(): Promise<PageLoad> {
  vi.resetModules();
  const stores = await import('../../../src/lib/storage/stores');
  await stores.legacyTicksMoved;
  return {
    ...stores,
    ...(await import('../../../src/lib/storage/persist')),
    ...(await import('../../../src/features/reminders/reminder-store')),
    ...(await import('../../../src/features/progress/progress-store')),
    ...(await import('../../../src/features/progress/progress-io')),
  };
}

/** `real` that has run out of room: it reads and removes, but every write fails. */
export const fullStorage = (real: Storage) =>
  ({
    get length() {
      return real.length;
    },
    key: (i: number) => real.key(i),
    getItem: (key: string) => real.getItem(key),
    removeItem: (key: string) => real.removeItem(key),
    setItem: () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    },
  }) as unknown as Storage;

/** Empty storage and restored spies around every test of the file. */
export function clearStorageBetweenTests(): void {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());
}
