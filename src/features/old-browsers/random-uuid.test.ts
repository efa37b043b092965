import { describe, expect, it } from 'vitest';
import { ensureRandomUUID } from './random-uuid';
import { buildIcs } from '../reminders/ics';
import { kindTable } from '../reminders/expiry';

/** A Crypto without randomUUID, as in Safari 15.0–15.3 or on a page served over plain http. */
const real = globalThis.crypto;
function cryptoWithoutUuid(): Crypto {
  return { getRandomValues: real.getRandomValues.bind(real) } as unknown as Crypto;
}

describe('ensureRandomUUID', () => {
  it('adds a version 4 UUID where randomUUID is missing', () => {
    const c = cryptoWithoutUuid();
    ensureRandomUUID(c);
    const ids = new Set(Array.from({ length: 100 }, () => c.randomUUID()));
    expect(ids.size).toBe(100);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('keeps the native one', () => {
    const native = globalThis.crypto.randomUUID;
    ensureRandomUUID(globalThis.crypto);
    expect(globalThis.crypto.randomUUID).toBe(native);
  });

  it('lets the .ics be built without a native randomUUID', () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
    Object.defineProperty(globalThis, 'crypto', { value: cryptoWithoutUuid(), configurable: true });
    try {
      const reminder = {
        id: 'r-1',
        kind: 'other' as const,
        label: 'X',
        date: '2027-01-20',
        seq: 0,
      };
      const ics = buildIcs(
        reminder,
        'https://eis.example.org/',
        kindTable({}),
        new Date(2027, 0, 1),
      );
      expect(ics).toContain('UID:r-1@eis-integration-guide');
    } finally {
      Object.defineProperty(globalThis, 'crypto', original);
    }
  });
});
