import type { Page } from 'playwright-core';

/** Open Starlight's search dialog, type a query, and return result links in rank order. */
export async function searchSite(page: Page, query: string): Promise<string[]> {
  const open = page.locator('site-search button[data-open-modal]');
  await open.waitFor();
  await page.waitForFunction(
    () => !document.querySelector('site-search button[data-open-modal]')?.hasAttribute('disabled'),
  );
  await open.click();
  const input = page.locator('#starlight__search input');
  await input.waitFor();
  await input.fill(query);
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await results.first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(300);
  return results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}
