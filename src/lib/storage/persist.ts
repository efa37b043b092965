/**
 * Shared persistence for all islands: one storage that never throws (src/lib/storage/safe-storage.ts),
 * `$storageIssue` (set when the browser will not keep our data), and collections stored one entry
 * per key. A change writes only the key of the entry it changes, so two tabs changing different
 * entries at the same moment never overwrite each other; other tabs' changes arrive through the
 * `storage` event, entry by entry.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { createSafeStore, getLocalStorage, type StorageIssue } from './safe-storage';
import { hasOwn } from './stored';

export const $storageIssue = atom<StorageIssue | null>(null);

export const store = createSafeStore(getLocalStorage(), (issue) => $storageIssue.set(issue));

export const STORAGE_NOTICE =
  'Браузер не даёт сайту сохранять данные, поэтому отметки и даты действуют только до закрытия страницы.';

type Listener = (key: string | null, newValue: string | null) => void;
const listeners = new Set<Listener>();

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.storageArea && event.storageArea !== getLocalStorage()) return;
    for (const listener of listeners) listener(event.key, event.newValue);
  });
  // A page restored from the back/forward cache may have missed other tabs' changes.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) for (const listener of listeners) listener(null, null);
  });
}

/** A read-only atom that follows `$src` through `fn` (lighter than nanostores' `computed`). */
export function derived<T, R>($src: ReadableAtom<T>, fn: (value: T) => R): ReadableAtom<R> {
  const $out = atom(fn($src.get()));
  $src.listen((value) => $out.set(fn(value)));
  return $out;
}

/** What a decoder makes of one stored entry; `dirty` asks to write the cleaned value back. */
export type Decoded<T> = { value: T; dirty?: boolean } | undefined;

export interface Collection<T> {
  $items: ReadableAtom<Readonly<Record<string, T>>>;
  /** Entries under the prefix that could not be read (left in place, never shown). */
  $unreadable: ReadableAtom<number>;
  /** Entries cleaned on reading (for reminders: a label that looked like a secret). */
  $cleaned: ReadableAtom<number>;
  put(id: string, value: T): boolean;
  drop(id: string): void;
  /** Make the collection equal to `next`, writing only the entries that differ. */
  replace(next: Record<string, T>): void;
}

export function collection<T>(
  prefix: string,
  decode: (id: string, raw: string | undefined) => Decoded<T>,
  encode: (value: T) => string,
): Collection<T> {
  const $items = atom<Record<string, T>>({});
  const $unreadable = atom(0);
  const $cleaned = atom(0);

  const load = () => {
    const items: Record<string, T> = {};
    let unreadable = 0;
    let cleaned = 0;
    for (const key of store.keys()) {
      if (!key.startsWith(prefix)) continue;
      const id = key.slice(prefix.length);
      const decoded = decode(id, store.get(key));
      if (!decoded) {
        unreadable += 1;
        continue;
      }
      items[id] = decoded.value;
      if (decoded.dirty) {
        cleaned += 1;
        store.set(key, encode(decoded.value));
      }
    }
    $items.set(items);
    $unreadable.set(unreadable);
    $cleaned.set($cleaned.get() + cleaned);
  };
  load();

  listeners.add((key, newValue) => {
    if (key === null) return load();
    if (!key.startsWith(prefix)) return;
    const id = key.slice(prefix.length);
    const next = { ...$items.get() };
    const decoded = newValue === null ? undefined : decode(id, newValue);
    if (decoded) next[id] = decoded.value;
    else delete next[id];
    $items.set(next);
  });

  const put = (id: string, value: T) => {
    const ok = store.set(prefix + id, encode(value));
    $items.set({ ...$items.get(), [id]: value });
    return ok;
  };
  const drop = (id: string) => {
    store.remove(prefix + id);
    const next = { ...$items.get() };
    delete next[id];
    $items.set(next);
  };
  const replace = (next: Record<string, T>) => {
    const current = $items.get();
    for (const id of Object.keys(current)) if (!hasOwn(next, id)) store.remove(prefix + id);
    for (const [id, value] of Object.entries(next)) {
      const text = encode(value);
      if (!hasOwn(current, id) || encode(current[id]!) !== text) store.set(prefix + id, text);
    }
    $items.set({ ...next });
  };
  return { $items, $unreadable, $cleaned, put, drop, replace };
}

/** One value under one key (the plan). */
export function single<T>(
  key: string,
  empty: T,
  decode: (raw: string | undefined) => T,
  encode: (v: T) => string,
) {
  const $value = atom<T>(decode(store.get(key)));
  listeners.add((changed, newValue) => {
    if (changed === null) $value.set(decode(store.get(key)));
    else if (changed === key) $value.set(newValue === null ? empty : decode(newValue));
  });
  const set = (value: T): boolean => {
    $value.set(value);
    return store.set(key, encode(value));
  };
  const clear = () => {
    $value.set(empty);
    store.remove(key);
  };
  return { $value, set, clear };
}
