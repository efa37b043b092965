/**
 * `npm run bench`: the secret guard's time on the hardest inputs of the longest length it reads
 * (src/lib/secret-guard.measure.ts HARD_INPUTS). Measured, not asserted: tests are not timed.
 * Every input box runs the guard as the reader types, so a slow rule is felt on every key.
 */
import { it } from 'vitest';
import { guardTimes, HARD_INPUTS } from '../../src/lib/secret-guard.measure';

it('secret guard: the slowest of the hard inputs', () => {
  const times = guardTimes();
  const worst = Math.max(...times);
  const at = times.indexOf(worst);
  console.log(
    `  secret guard, ${HARD_INPUTS.length} hard 2000-character inputs: worst ${worst.toFixed(2)} ms ` +
      `(«${HARD_INPUTS[at]!.slice(0, 16)}…»), median ${[...times].sort((a, b) => a - b)[times.length >> 1]!.toFixed(2)} ms`,
  );
});
