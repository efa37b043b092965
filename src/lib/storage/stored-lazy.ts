/**
 * Helpers of stored values that only code loaded on demand uses (the progress file's import and
 * export, the progress store, undo, the first layout's migration). They live apart from
 * stored.ts on purpose: stored.ts's chunk loads with every checklist and the decision tree, and
 * a function defined there ships there, used eagerly or not (the JS budget,
 * tests/build/budget.test.ts).
 */
import { TICK, TICK_VALUE, isId, isObject, type Ticks } from './stored';

/** `Object.hasOwn`, which Safari 15.0–15.3 lack. */
export const hasOwn = (o: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(o, key);

/** Ticks as lists per checklist (`{ "<list>": ["<step>", …] }`): the progress file's shape. */
export function sanitizeTicks(value: unknown): Ticks {
  if (!isObject(value)) return {};
  const out: Ticks = {};
  for (const [list, steps] of Object.entries(value)) {
    if (!isId(list) || !Array.isArray(steps)) continue;
    const ids = [...new Set(steps.filter(isId))].sort();
    if (ids.length) out[list] = ids;
  }
  return out;
}

/**
 * Whether `value` is the step hash a tick of `id` (`<list>:<step>`) was made against: TICK's
 * own check, less "1" (no hash). Not TICK_HASH: that would join stored.ts's chunk.
 */
export const isTickHash = (id: string, value: unknown): value is string =>
  typeof value === 'string' && value !== TICK_VALUE && !!TICK.read(value, id);
