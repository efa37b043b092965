/**
 * Shared persistence for all islands. Importing this module installs a storage engine that never
 * throws (src/lib/safe-engine.ts) before any persistent store is created, and exposes
 * `$storageIssue`, set when the browser will not keep our data.
 */
import { atom } from 'nanostores';
import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
} from '@nanostores/persistent';
import { createSafeEngine, type StorageIssue } from '../../lib/safe-engine';
import { getLocalStorage } from '../../lib/safe-storage';

export const $storageIssue = atom<StorageIssue | null>(null);

setPersistentEngine(
  createSafeEngine(getLocalStorage(), (issue) => $storageIssue.set(issue)),
  windowPersistentEvents,
);

/** A persistent atom whose decoder validates and never throws (see src/lib/stored.ts). */
export function storedAtom<T>(
  key: string,
  empty: T,
  decode: (raw: string) => T,
  encode: (v: T) => string,
) {
  return persistentAtom<T>(key, empty, { decode, encode });
}

export const STORAGE_NOTICE =
  'Браузер не даёт сайту сохранять данные, поэтому отметки и даты действуют только до закрытия страницы.';
