import { describe, expect, it, vi } from 'vitest';
import { createSafeEngine, type StorageIssue } from '../../src/lib/safe-engine';

/** A Map-backed fake of the Web Storage API. */
class MapStorage {
  map = new Map<string, string>();
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
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
}

const asStorage = (s: MapStorage) => s as unknown as Storage;

/** A storage whose reads work but whose writes fail with a DOMException named `name`. */
class FailingWrites extends MapStorage {
  constructor(readonly name: string) {
    super();
  }
  override setItem(): void {
    throw new DOMException('write failed', this.name);
  }
}

const setup = (storage: Storage | undefined) => {
  const onIssue = vi.fn<(issue: StorageIssue) => void>();
  const engine = createSafeEngine(storage, onIssue);
  return { engine, onIssue };
};

describe('createSafeEngine with a working storage', () => {
  it('reads through to storage', () => {
    const s = new MapStorage();
    s.setItem('eis:v1:ticks', 'stored');
    const { engine, onIssue } = setup(asStorage(s));
    expect(engine['eis:v1:ticks']).toBe('stored');
    expect(engine['missing']).toBeUndefined();
    expect(onIssue).not.toHaveBeenCalled();
  });

  it('writes through to storage', () => {
    const s = new MapStorage();
    const { engine, onIssue } = setup(asStorage(s));
    engine['k'] = 'v';
    expect(s.getItem('k')).toBe('v');
    expect(engine['k']).toBe('v');
    expect(onIssue).not.toHaveBeenCalled();
  });

  it('sees changes made to storage by others (e.g. another tab)', () => {
    const s = new MapStorage();
    const { engine } = setup(asStorage(s));
    engine['k'] = 'mine';
    s.setItem('k', 'theirs');
    expect(engine['k']).toBe('theirs');
  });

  it('supports the `in` operator', () => {
    const s = new MapStorage();
    s.setItem('present', '1');
    const { engine } = setup(asStorage(s));
    expect('present' in engine).toBe(true);
    expect('absent' in engine).toBe(false);
    expect(Symbol.iterator in engine).toBe(false);
  });

  it('supports delete', () => {
    const s = new MapStorage();
    s.setItem('k', 'v');
    const { engine } = setup(asStorage(s));
    expect(delete engine['k']).toBe(true);
    expect(s.getItem('k')).toBeNull();
    expect(engine['k']).toBeUndefined();
    expect('k' in engine).toBe(false);
    expect(delete engine['never-set']).toBe(true);
  });

  it('ignores symbol keys', () => {
    const { engine } = setup(asStorage(new MapStorage()));
    const sym = Symbol('x');
    const record = engine as unknown as Record<symbol, unknown>;
    record[sym] = 'v';
    expect(record[sym]).toBeUndefined();
  });

  it('stores values as strings', () => {
    const s = new MapStorage();
    const { engine } = setup(asStorage(s));
    (engine as Record<string, unknown>)['n'] = 42;
    expect(s.getItem('n')).toBe('42');
  });
});

describe('createSafeEngine without storage', () => {
  it('reports blocked once and keeps values in memory', () => {
    const { engine, onIssue } = setup(undefined);
    expect(onIssue).toHaveBeenCalledTimes(1);
    expect(onIssue).toHaveBeenCalledWith('blocked');
    expect(engine['k']).toBeUndefined();
    engine['k'] = 'v';
    engine['k2'] = 'v2';
    expect(engine['k']).toBe('v');
    expect(engine['k2']).toBe('v2');
    expect('k' in engine).toBe(true);
    delete engine['k'];
    expect(engine['k']).toBeUndefined();
    expect('k' in engine).toBe(false);
    expect(onIssue).toHaveBeenCalledTimes(1);
  });
});

describe('createSafeEngine with a blocked storage', () => {
  it('reports blocked when getItem throws SecurityError, and never touches storage again', () => {
    const getItem = vi.fn(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const setItem = vi.fn();
    const removeItem = vi.fn();
    const storage = { getItem, setItem, removeItem } as unknown as Storage;
    const { engine, onIssue } = setup(storage);
    expect(onIssue).toHaveBeenCalledTimes(1);
    expect(onIssue).toHaveBeenCalledWith('blocked');

    expect(() => {
      engine['k'] = 'v';
    }).not.toThrow();
    expect(engine['k']).toBe('v');
    expect(() => delete engine['k']).not.toThrow();
    expect(engine['k']).toBeUndefined();
    expect(getItem).toHaveBeenCalledTimes(1);
    expect(setItem).not.toHaveBeenCalled();
    expect(removeItem).not.toHaveBeenCalled();
    expect(onIssue).toHaveBeenCalledTimes(1);
  });

  it('reports blocked when only writes throw SecurityError', () => {
    const s = new FailingWrites('SecurityError');
    const { engine, onIssue } = setup(asStorage(s));
    expect(onIssue).not.toHaveBeenCalled();
    engine['k'] = 'v';
    expect(onIssue).toHaveBeenCalledTimes(1);
    expect(onIssue).toHaveBeenCalledWith('blocked');
    expect(engine['k']).toBe('v');
  });
});

describe('createSafeEngine with a full storage', () => {
  it('reports full once and keeps the value readable from memory', () => {
    const s = new FailingWrites('QuotaExceededError');
    s.map.set('old', 'from-storage');
    const { engine, onIssue } = setup(asStorage(s));
    expect(onIssue).not.toHaveBeenCalled();
    expect(engine['old']).toBe('from-storage');

    expect(() => {
      engine['k'] = 'v1';
    }).not.toThrow();
    expect(onIssue).toHaveBeenCalledTimes(1);
    expect(onIssue).toHaveBeenCalledWith('full');
    expect(engine['k']).toBe('v1');
    expect('k' in engine).toBe(true);
    expect(s.map.has('k')).toBe(false);

    engine['k'] = 'v2';
    engine['old'] = 'updated';
    expect(engine['k']).toBe('v2');
    expect(engine['old']).toBe('updated');
    expect(onIssue).toHaveBeenCalledTimes(1);

    delete engine['old'];
    expect(engine['old']).toBeUndefined();
    expect(s.map.has('old')).toBe(false);
  });

  it('treats any other write failure as full', () => {
    const s = new MapStorage();
    s.setItem = () => {
      throw new Error('boom');
    };
    const { engine, onIssue } = setup(asStorage(s));
    engine['k'] = 'v';
    expect(onIssue).toHaveBeenCalledWith('full');
    expect(engine['k']).toBe('v');
  });

  it('goes back to storage once a write succeeds again', () => {
    const s = new MapStorage();
    let full = true;
    const realSet = s.setItem.bind(s);
    s.setItem = (k: string, v: string) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      realSet(k, v);
    };
    const { engine, onIssue } = setup(asStorage(s));
    engine['k'] = 'memory';
    expect(engine['k']).toBe('memory');
    full = false;
    engine['k'] = 'stored';
    expect(s.getItem('k')).toBe('stored');
    expect(engine['k']).toBe('stored');
    s.setItem('k', 'changed elsewhere');
    expect(engine['k']).toBe('changed elsewhere');
    expect(onIssue).toHaveBeenCalledTimes(1);
  });

  it('never throws when getItem fails after the probe', () => {
    const s = new MapStorage();
    const { engine } = setup(asStorage(s));
    s.getItem = () => {
      throw new DOMException('gone', 'SecurityError');
    };
    expect(engine['k']).toBeUndefined();
    expect('k' in engine).toBe(false);
    s.removeItem = () => {
      throw new DOMException('gone', 'SecurityError');
    };
    expect(() => delete engine['k']).not.toThrow();
  });
});
