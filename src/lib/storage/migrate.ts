/**
 * Moving a first-layout blob into today's layout, for the modules that find one (reminder-store,
 * migrate-ticks). `move` writes every readable entry and says whether all of them were kept; only
 * then does the legacy key go — or, when part of it could not be read, keep just that part. An
 * unreadable blob (truncated, differently shaped, newer) is left as it is and ignored: nothing a
 * reader stored is ever deleted unread.
 */
import { raw } from './persist';
import type { StoredRecord } from './record';
import type { Legacy } from './stored';

export function migrateLegacy<T, L>(
  record: StoredRecord<Legacy<T, L>>,
  move: (value: T) => boolean,
): void {
  const key = record.keyOf();
  const text = raw.get(key);
  if (text === undefined) return;
  const decoded = record.read(text);
  if (!decoded || !move(decoded.value.value)) return;
  if (decoded.value.leftover === undefined) raw.remove(key);
  else {
    const rest = record.write(decoded.value);
    if (rest !== text) raw.set(key, rest);
  }
}
