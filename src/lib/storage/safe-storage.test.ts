import { describe, expect, it } from 'vitest';
import { createSafeStore, getLocalStorage, safeGet, safeSet } from './safe-storage';

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

describe('createSafeStore', () => {
  class FullStorage {
    map = new Map<string, string>();
    full = false;
    get length() {
      return this.map.size;
    }
    key(i: number) {
      return [...this.map.keys()][i] ?? null;
    }
    getItem(k: string) {
      return this.map.get(k) ?? null;
    }
    setItem(k: string, v: string) {
      if (this.full) throw new DOMException('full', 'QuotaExceededError');
      this.map.set(k, v);
    }
    removeItem(k: string) {
      this.map.delete(k);
    }
  }

  it('reads, writes, removes and lists keys', () => {
    const issues: string[] = [];
    const s = createSafeStore(new FullStorage() as unknown as Storage, (i) => issues.push(i));
    expect(s.set('a', '1')).toBe(true);
    expect(s.get('a')).toBe('1');
    expect(s.keys()).toEqual(['a']);
    s.remove('a');
    expect(s.get('a')).toBeUndefined();
    expect(s.keys()).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('keeps values in memory when full, reports once, and lists them', () => {
    const storage = new FullStorage();
    const issues: string[] = [];
    const s = createSafeStore(storage as unknown as Storage, (i) => issues.push(i));
    s.set('kept', 'x');
    storage.full = true;
    expect(s.set('a', '1')).toBe(false);
    expect(s.set('b', '2')).toBe(false);
    expect(s.get('a')).toBe('1');
    expect(s.keys().sort()).toEqual(['a', 'b', 'kept']);
    expect(issues).toEqual(['full']);
  });

  it('works in memory when blocked, reporting once', () => {
    const issues: string[] = [];
    const s = createSafeStore(throwing('SecurityError'), (i) => issues.push(i));
    expect(issues).toEqual(['blocked']);
    expect(s.set('a', '1')).toBe(false);
    expect(s.get('a')).toBe('1');
    expect(s.keys()).toEqual(['a']);
    s.remove('a');
    expect(s.keys()).toEqual([]);
    const none = createSafeStore(undefined, (i) => issues.push(i));
    expect(none.get('x')).toBeUndefined();
  });
});
