/**
 * A short hash of what a step asks of the reader: its first paragraph (without figure references)
 * and its warnings, as the site model reads them (src/site/step-text.ts), whitespace squashed. The lock file records it per
 * step (src/content/checklists.lock.json) and a tick stores the hash it was made against, so a step
 * whose text changed after the reader ticked it can say so. 8 hex digits (32 bits) tell one
 * step's versions apart; they are no secret and no checksum of the page.
 */
import { createHash } from 'node:crypto';
import type { StepText } from './step-text';
import { TICK_HASH } from '../lib/storage/stored';

export const STEP_HASH = TICK_HASH;

/** The hash of the step's text for paper (figure numbers left out: a figure added above is no change). */
export function stepHash(step: Pick<StepText, 'paper' | 'warnings'>): string {
  const parts = [step.paper, ...step.warnings.map((w) => `${w.type}|${w.title}|${w.text}`)];
  return createHash('sha256').update(parts.join('\n'), 'utf8').digest('hex').slice(0, 8);
}
