/**
 * axe-core through @axe-core/playwright, in legacy mode: the run happens in the page itself, with
 * no helper page opened per check (the default mode opens a blank page to merge frame results;
 * the site has no frames, and this is checked), and only violations collected. Same rules, same
 * tags.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The only rule whose outcome a colour scheme can change: the themes differ in colours alone
 * (same markup, same layout), so a page checked with AXE_TAGS in one theme needs only this one in
 * the other.
 */
export const THEME_RULES = ['color-contrast'];

/** One readable line per failing node, so a failure says what and where. */
export function formatViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`),
  );
}

/**
 * WCAG 2.2 A/AA violations of the page as it is now, one line per failing node; `rules` limits
 * the run to those rules (THEME_RULES for the second theme of a page).
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // The site has no frames; axe here checks the top document only, so make sure that holds.
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames: check them too`);
  // Only violations are read: axe builds selectors for one node per other result type (passes,
  // incomplete, inapplicable) instead of for every node, its slowest step on a long page. The
  // rules run and the violations found are the same.
  const builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] });
  const { violations } = await (
    rules ? builder.withRules(rules) : builder.withTags(AXE_TAGS)
  ).analyze();
  return formatViolations(violations);
}
