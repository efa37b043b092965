/**
 * Moving readers' ticks across renamed ids. The build passes a page the renames of its lists
 * (old tick id → new tick id, `<list>:<step>`, from src/content/checklists.lock.json); the store
 * applies the moves this returns. A tick moves only when the old one exists: it is written under
 * the new id unless that already exists, and the old one is removed only after (the store removes
 * it only when the write succeeded), so no tick is ever lost and a later untick is never undone.
 */
import { isObject, parseTickId } from '../../lib/storage/stored';

/** `[from, to, write]`: drop `from` after writing `to` (`write` false: `to` is already there). */
export type TickMove = [from: string, to: string, write: boolean];

export function tickMoves(
  renames: Readonly<Record<string, string>>,
  has: (tickId: string) => boolean,
): TickMove[] {
  const moves: TickMove[] = [];
  for (const [from, to] of Object.entries(renames)) {
    if (from !== to && has(from)) moves.push([from, to, !has(to)]);
  }
  return moves;
}

/**
 * The page's renames (the data blob's `renamed` slice, src/lib/island-slices.ts); anything that
 * is not tick id → tick id is dropped.
 */
export function decodeRenames(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(value)) return out;
  for (const [from, to] of Object.entries(value)) {
    if (typeof to === 'string' && parseTickId(from) && parseTickId(to)) out[from] = to;
  }
  return out;
}
