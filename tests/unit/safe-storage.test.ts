import { describe, expect, it } from 'vitest';
import { getLocalStorage, safeGet, safeSet } from '../../src/lib/safe-storage';

class MapStorage {
  map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}
const throwing = (name: string) =>
  ({
    getItem() {
      throw new DOMException('blocked', name);
    },
    setItem() {
      throw new DOMException('nope', name);
    },
  }) as unknown as Storage;

describe('safe storage', () => {
  it('reads and writes a working storage', () => {
    const s = new MapStorage() as unknown as Storage;
    expect(safeSet(s, 'k', 'v')).toBe(true);
    expect(safeGet(s, 'k')).toBe('v');
  });
  it('never throws on blocked or full storage', () => {
    expect(safeGet(throwing('SecurityError'), 'k')).toBeNull();
    expect(safeSet(throwing('QuotaExceededError'), 'k', 'v')).toBe(false);
    expect(safeGet(undefined, 'k')).toBeNull();
    expect(safeSet(undefined, 'k', 'v')).toBe(false);
  });
  it('getLocalStorage survives a throwing getter', () => {
    const desc = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      expect(getLocalStorage()).toBeUndefined();
    } finally {
      if (desc) Object.defineProperty(globalThis, 'localStorage', desc);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
