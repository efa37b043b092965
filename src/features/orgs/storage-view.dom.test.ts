/**
 * What code that reads every organisation's keys sees when the browser refuses to store: the
 * stores' memory too (round 35's red team: the progress file's organisations, the matrix and
 * printing for all organisations read localStorage only and lost what lived in memory).
 */
import { afterEach, expect, it, vi } from 'vitest';
import { $storageIssue } from '../../lib/storage/persist';
import { setTick } from '../../lib/storage/stores';
import { storageView } from './storage-view';

afterEach(() => {
  vi.restoreAllMocks();
  $storageIssue.set(null);
  localStorage.clear();
});

it('lists the keys held in memory when storage is full, with their values', () => {
  vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  expect(setTick('token', 'token-eis-save', true, 'abcdef12')).toBe(false);
  const view = storageView();
  expect(view.keys()).toContain('eis:v2:tick:token:token-eis-save');
  expect(view.get('eis:v2:tick:token:token-eis-save')).toBe('abcdef12');
});
