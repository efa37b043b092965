/**
 * axe-core, run in the page itself: its source is put into the page once per document (not once
 * per check, and not twice per check as @axe-core/playwright did: compiling axe's 560 KB took
 * Chromium 0.5–0.9 s each time, more than a whole contrast check of a guide), then `axe.run` checks
 * the top document and only violations are collected. Same rules, same tags, same options as
 * before; the site has no frames, and this is checked.
 */
import axe, { type AxeResults, type Result, type RunOptions } from 'axe-core';
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

/** The options of one check: every rule of AXE_TAGS, or only `rules`. */
export function axeOptions(rules?: string[]): RunOptions {
  return {
    // Only violations are read: axe builds selectors for one node per other result type (passes,
    // incomplete, inapplicable) instead of for every node, its slowest step on a long page. The
    // rules run and the violations found are the same.
    resultTypes: ['violations'],
    runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: AXE_TAGS },
  };
}

/**
 * WCAG 2.2 A/AA violations of the page as it is now, one line per failing node; `rules` limits
 * the run to those rules (THEME_RULES for the second theme of a page).
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // The site has no frames; axe here checks the top document only, so make sure that holds.
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames: check them too`);
  // A new document (a navigation, a reload) has no axe yet: put it in once, then reuse it.
  const present = await page.evaluate(
    () => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function',
  );
  if (!present) {
    await page.evaluate(axe.source);
    await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.configure({
        allowedOrigins: ['<same_origin>'],
      }),
    );
  }
  const violations = await page.evaluate(
    (options) =>
      (window as unknown as { axe: typeof axe }).axe
        .run(document, options)
        .then((results: AxeResults) => results.violations),
    axeOptions(rules),
  );
  return formatViolations(violations);
}
