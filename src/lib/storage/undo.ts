/**
 * Undo as an inverse: each key goes back to its text before the action, but only while it still
 * holds what the action wrote. What changed since (here, or in another tab) stays as it is.
 * Loaded only with «Мой прогресс»'s import and reset, and reminders.
 */
import { raw, type Change } from './persist';
import type { StoredRecord } from './record';
import { hasOwn } from './stored-lazy';

/**
 * Write `after` under `key` (undefined removes it) unless it already holds it, and record the
 * change in `changes` so that `revert` can undo it.
 */
export function putRecorded(changes: Change[], key: string, after: string | undefined): void {
  const before = raw.get(key);
  if (before === after) return;
  raw.apply(key, after);
  changes.push({ key, before, after });
}

/**
 * Make the entries `ids` of `record` (those this tab shows) and `next` agree: entries not in
 * `next` go, the others are written where they differ. This tab's stores hear of each key as
 * they would of another tab's write. Returns the keys changed, with their text before and after.
 */
export function rewrite<T>(
  record: StoredRecord<T>,
  ids: readonly string[],
  next: Readonly<Record<string, T>>,
): Change[] {
  const changes: Change[] = [];
  const put = (key: string, after: string | undefined) => putRecorded(changes, key, after);
  for (const id of ids) if (!hasOwn(next, id)) put(record.keyOf(id), undefined);
  for (const [id, value] of Object.entries(next)) put(record.keyOf(id), record.write(value));
  return changes;
}

/**
 * How many changes came back, and how many were kept because their key had changed since. Last
 * first: an action that wrote one key twice (the registry, once for each organisation a file
 * added) comes back step by step to its first text.
 */
export function revert(changes: readonly Change[]): { reverted: number; kept: number } {
  let reverted = 0;
  for (const change of [...changes].reverse()) {
    if (raw.get(change.key) !== change.after) continue;
    raw.apply(change.key, change.before);
    reverted += 1;
  }
  return { reverted, kept: changes.length - reverted };
}
