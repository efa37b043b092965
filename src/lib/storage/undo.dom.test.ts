/**
 * Undo as an inverse (undo.ts) over the page's real storage: a key written twice by one action
 * comes back to its first text (round 34's red team: a file of three organisations wrote the
 * registry twice, and «Отменить» left the organisations it had added), and a key another tab
 * changed since stays as it is.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Change } from './persist';
import { raw } from './persist';
import { putRecorded, revert } from './undo';

describe('revert', () => {
  beforeEach(() => localStorage.clear());

  it('brings a key written twice back to its first text', () => {
    raw.set('eis:test:registry', 'one');
    const changes: Change[] = [];
    putRecorded(changes, 'eis:test:registry', 'one two');
    putRecorded(changes, 'eis:test:registry', 'one two three');
    putRecorded(changes, 'eis:test:other', 'x');
    expect(revert(changes)).toEqual({ reverted: 3, kept: 0 });
    expect(raw.get('eis:test:registry')).toBe('one');
    expect(raw.get('eis:test:other')).toBeUndefined();
  });

  it('keeps a key changed since, and says so', () => {
    const changes: Change[] = [];
    putRecorded(changes, 'eis:test:a', 'mine');
    putRecorded(changes, 'eis:test:b', 'mine');
    raw.set('eis:test:b', 'another tab');
    expect(revert(changes)).toEqual({ reverted: 1, kept: 1 });
    expect(raw.get('eis:test:a')).toBeUndefined();
    expect(raw.get('eis:test:b')).toBe('another tab');
  });
});
