/**
 * Ticking a step as a reader does. A checklist's module loads after the page's first paint
 * (src/lib/after-paint.ts); a box ticked before it connects is stored when it does. A test that
 * leaves the page right after a tick waits for that first, as a reader's tick shows it: the step
 * is marked done from the store.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export async function tickStep(page: Page, stepId: string): Promise<void> {
  await page.locator(`#${stepId} .eis-step__check`).check();
  await expect(page.locator(`[data-step-id="${stepId}"]`)).toHaveClass(/\bis-done\b/);
}
