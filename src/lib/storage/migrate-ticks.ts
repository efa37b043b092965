/**
 * The first layout's ticks (one blob, `eis:v1:ticks`) moved to one key per tick. Loaded only on
 * the rare page load that finds the blob, so every other page pays nothing for it.
 */
import { LEGACY_TICKS_KEY } from './keys';
import { defineRecord } from './record';
import { migrateLegacy } from './migrate';
import { setTick } from './stores';
import { VERSION, isId, isObject, type Legacy, type Ticks } from './stored';
import { sanitizeTicks } from './stored-lazy';

/** The first layout's ticks (one blob, `{"v":1,"data":{list:[steps]}}`), for migration. */
export const LEGACY_TICKS = /* @__PURE__ */ defineRecord<Legacy<Ticks, Record<string, unknown>>>({
  key: LEGACY_TICKS_KEY,
  version: VERSION,
  decode(data) {
    if (!isObject(data)) return undefined;
    // No prototype: a list named «__proto__» stays an entry of its own, kept under the old key.
    const leftover: Record<string, unknown> = Object.create(null);
    for (const [list, steps] of Object.entries(data)) {
      if (!isId(list) || !Array.isArray(steps)) leftover[list] = steps;
      else if (!steps.every(isId)) leftover[list] = steps.filter((s) => !isId(s));
    }
    const left = Object.keys(leftover).length ? leftover : undefined;
    return { value: { value: sanitizeTicks(data), leftover: left } };
  },
  encode: (legacy) => legacy.leftover ?? {},
  maxLength: 1_000_000,
});

/** Ticks from the v1 layout (one JSON blob); `{}` when unreadable. */
export const decodeLegacyTicks = (raw: string | null | undefined): Ticks =>
  LEGACY_TICKS.read(raw)?.value.value ?? {};

/** Each readable tick is written under its own key before the blob goes (persist.ts). */
export function moveLegacyTicks(): void {
  migrateLegacy(LEGACY_TICKS, (legacy) => {
    let ok = true;
    for (const [list, steps] of Object.entries(legacy)) {
      for (const step of steps) ok = setTick(list, step, true) && ok;
    }
    return ok;
  });
}
