/**
 * Carries readers' ticks across renamed step/checklist ids. Loaded on demand (dynamic import) only
 * by pages whose data blob carries `renamed` (the lock file's renames for their lists), so other pages pay
 * nothing. A tick is written under the new id first; the old one is removed only once that
 * succeeded, so a full or blocked storage never loses it.
 */
import { $ticks, setTick } from '../../lib/storage/stores';
import { decodeRenames, tickMoves } from './tick-renames';
import { parseTickId } from '../../lib/storage/stored';

export function moveRenamedTicks(renamed: unknown): void {
  const ticks = $ticks.get();
  const has = (id: string) => {
    const t = parseTickId(id);
    return Boolean(t && ticks[t.list]?.includes(t.step));
  };
  for (const [from, to, write] of tickMoves(decodeRenames(renamed), has)) {
    const old = parseTickId(from)!;
    const next = parseTickId(to)!;
    if (!write || setTick(next.list, next.step, true)) setTick(old.list, old.step, false);
  }
}
