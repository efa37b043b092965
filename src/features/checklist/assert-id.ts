/** The id rule (src/lib/ids.ts) at render time, for <Checklist> and <Step>: an `AstroError`. */
import { AstroError } from 'astro/errors';
import { idProblem, suggestId } from '../../lib/ids';

export function assertId(id: unknown, what: 'checklist' | 'step', astro: { url: URL }): void {
  const text = typeof id === 'string' ? id : '';
  const problem = typeof id === 'string' ? idProblem(id) : 'it is missing';
  if (!problem) return;
  throw new AstroError(
    `The ${what} id "${text}" on ${astro.url.pathname} is invalid: ${problem}.`,
    `Use, for example, id="${suggestId(text)}" (lowercase Latin letters, digits and hyphens; see src/lib/ids.ts), then run \`npm run checklists:lock\`.`,
  );
}
