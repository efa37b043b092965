/**
 * Shared persistence for all islands: one storage that never throws (src/lib/storage/safe-storage.ts),
 * `$storageIssue` (set when the browser will not keep our data), and collections stored one entry
 * per key. A change writes only the key of the entry it changes, so two tabs changing different
 * entries at the same moment never overwrite each other; other tabs' changes arrive through the
 * `storage` event, entry by entry.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { createSafeStore, getLocalStorage, type StorageIssue } from './safe-storage';
import type { StoredRecord } from './record';
import { tabPrefix } from './tab-org';

export const $storageIssue = atom<StorageIssue | null>(null);

/** The one raw access to storage: only the records below read and write through it. */
const store = createSafeStore(getLocalStorage(), (issue) => $storageIssue.set(issue));

export const STORAGE_NOTICE =
  'Браузер не даёт сайту сохранять данные: отметки и даты пропадут, как только вы уйдёте с этой страницы.';

/**
 * This tab's organisation (issue 22): '' for the first one, whose entries keep today's keys; for
 * another, the records kept per organisation (ticks, plan, reminders, the credentials flag and
 * the hidden plan panel: ORG_SCOPED_KEY) carry its id after `eis:`, `eis:o-1a2b3c:v2:tick:…`.
 * Chosen per tab in sessionStorage, never in a URL; a switch reloads the page. Resolved by
 * tab-org.ts, as the inline scripts resolve it before the first paint. The organisations' code
 * (src/features/orgs/boot.ts: the switcher) loads only for a reader who has added one.
 */
/** The keys kept per organisation (ticks, plan, plan panel, credentials flag, reminders). */
export const ORG_SCOPED_KEY = /^eis:v\d:[tphr]/;
const prefix = tabPrefix();
const scope = (record: { key: string }) => {
  if (ORG_SCOPED_KEY.test(record.key)) record.key = record.key.replace('eis:', prefix);
};

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

export type { Decoded } from './record';

/** One key an action changed: its stored text before and after (`undefined`: no value). */
export interface Change {
  key: string;
  before: string | undefined;
  after: string | undefined;
}

/** Write (or remove, for `undefined`) one key and tell this tab's stores, as another tab would. */
function apply(key: string, text: string | undefined): boolean {
  let ok = true;
  if (text === undefined) store.remove(key);
  else ok = store.set(key, text);
  for (const listener of listeners) listener(key, text ?? null);
  return ok;
}

/**
 * For the storage modules beside this one only (undo.ts, migrate.ts): the stored text of a key,
 * and a write that this tab's stores hear about as if another tab had made it.
 */
export const raw = {
  get: (key: string): string | undefined => store.get(key),
  apply,
  remove: (key: string) => store.remove(key),
  set: (key: string, text: string) => store.set(key, text),
};

export interface Collection<T> {
  $items: ReadableAtom<Readonly<Record<string, T>>>;
  /** Entries under the prefix that could not be read (left in place, never shown). */
  $unreadable: ReadableAtom<number>;
  /** Entries cleaned on reading (for reminders: a label that looked like a secret). */
  $cleaned: ReadableAtom<number>;
  put(id: string, value: T): boolean;
  drop(id: string): void;
  /** An entry as stored now (another tab's write included, even before its event arrives). */
  stored(id: string): T | undefined;
  /** Ids of the readable entries stored now, from storage rather than this tab's view. */
  storedIds(): string[];
}

export function collection<T>(record: StoredRecord<T>): Collection<T> {
  scope(record);
  const $items = atom<Record<string, T>>({});
  const $unreadable = atom(0);
  const $cleaned = atom(0);

  const load = () => {
    const items: Record<string, T> = {};
    let unreadable = 0;
    let cleaned = 0;
    for (const key of store.keys()) {
      const id = record.idOf(key);
      if (id === undefined) continue;
      const decoded = record.read(store.get(key), id);
      if (!decoded) {
        unreadable += 1;
        continue;
      }
      items[id] = decoded.value;
      if (decoded.dirty) {
        cleaned += 1;
        store.set(key, record.write(decoded.value));
      }
    }
    $items.set(items);
    $unreadable.set(unreadable);
    $cleaned.set($cleaned.get() + cleaned);
  };
  load();

  listeners.add((key, newValue) => {
    if (key === null) return load();
    const id = record.idOf(key);
    if (id === undefined) return;
    const next = { ...$items.get() };
    const decoded = newValue === null ? undefined : record.read(newValue, id);
    if (decoded) next[id] = decoded.value;
    else delete next[id];
    $items.set(next);
  });

  const put = (id: string, value: T) => {
    const ok = store.set(record.keyOf(id), record.write(value));
    $items.set({ ...$items.get(), [id]: value });
    return ok;
  };
  const drop = (id: string) => {
    store.remove(record.keyOf(id));
    const next = { ...$items.get() };
    delete next[id];
    $items.set(next);
  };
  const stored = (id: string) => record.read(store.get(record.keyOf(id)), id)?.value;
  const storedIds = () =>
    store
      .keys()
      .map((key) => record.idOf(key))
      .filter((id): id is string => id !== undefined && stored(id) !== undefined);
  return { $items, $unreadable, $cleaned, put, drop, stored, storedIds };
}

export interface Single<T> {
  $value: ReadableAtom<T>;
  set(value: T): boolean;
  clear(): void;
}

/** One value under one key (the plan, the notice hidden for the day, the hidden plan panel). */
export function single<T>(record: StoredRecord<T>, empty: T): Single<T> {
  scope(record);
  const key = record.keyOf();
  const decode = (raw: string | null | undefined) => record.read(raw)?.value ?? empty;
  const $value = atom<T>(decode(store.get(key)));
  listeners.add((changed, newValue) => {
    if (changed === null) $value.set(decode(store.get(key)));
    else if (changed === key) $value.set(decode(newValue));
  });
  const set = (value: T): boolean => {
    $value.set(value);
    return store.set(key, record.write(value));
  };
  const clear = () => {
    $value.set(empty);
    store.remove(key);
  };
  return { $value, set, clear };
}
