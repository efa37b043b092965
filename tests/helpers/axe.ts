/**
 * axe-core (the copy @axe-core/playwright ships with) run in the page itself. The script is
 * injected once per loaded document and `axe.run` is called as often as a test needs: checking
 * both themes of one page costs one injection, and no helper page is opened for each check
 * (as AxeBuilder's default mode does). Same rules, same tags, same results.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(
  require.resolve('axe-core/axe.min.js', {
    paths: [path.dirname(require.resolve('@axe-core/playwright'))],
  }),
  'utf8',
);

/** One readable line per failing node, so a failure says what and where. */
export function formatViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`),
  );
}

/** WCAG 2.2 A/AA violations of the page as it is now, one line per failing node. */
export async function axeViolations(page: Page): Promise<string[]> {
  // The site has no frames; axe here checks the top document only, so make sure that holds.
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames: check them too`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((results) => results.violations),
    AXE_TAGS,
  );
  return formatViolations(violations);
}
