import type { Page } from '@playwright/test';

/** Wait until the search button works, then open the dialog with Ctrl+K (by key code). */
export async function openSearch(page: Page): Promise<void> {
  const open = page.locator('site-search button[data-open-modal]');
  await open.waitFor();
  await page.waitForFunction(
    () => !document.querySelector('site-search button[data-open-modal]')?.hasAttribute('disabled'),
  );
  await page.keyboard.press('Control+KeyK');
  await page.getByRole('combobox', { name: 'Поиск по сайту' }).waitFor();
}

/** Wait until the dialog shows the answer for exactly this query. */
async function answered(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const box = document.querySelector<HTMLElement>('#starlight__search');
      return box?.dataset['state'] === 'done' && box.dataset['query'] === q;
    },
    query,
    { timeout: 15_000 },
  );
}

/**
 * Type a query into the open dialog as a reader would (clearing what was there) and wait until
 * the dialog shows the answer for exactly this query.
 */
export async function typeQuery(page: Page, query: string): Promise<void> {
  const input = page.getByRole('combobox', { name: 'Поиск по сайту' });
  await input.fill('');
  await input.pressSequentially(query);
  await answered(page, query);
}

/** Put a whole query into the open dialog at once (as a paste would) and wait for its answer. */
export async function enterQuery(page: Page, query: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Поиск по сайту' }).fill(query);
  await answered(page, query);
}

/** Paths of the pages the dialog lists, in rank order (sub-results not counted). */
export async function resultPages(page: Page): Promise<string[]> {
  return page
    .locator('#starlight__search li.eis-search__result')
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['page'] ?? ''));
}

/** Open the dialog, type a query, and return every result link (pages and sections) in order. */
export async function searchSite(page: Page, query: string): Promise<string[]> {
  await openSearch(page);
  await typeQuery(page, query);
  return page
    .locator('#starlight__search')
    .getByRole('option')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

/** Each result's own link (its page, or the section it opens), as path and #anchor, in order. */
export async function resultLinks(page: Page): Promise<string[]> {
  return page
    .locator('#starlight__search li.eis-search__result > .eis-search__title a')
    .evaluateAll((links) =>
      links.map((a) => {
        const url = new URL((a as HTMLAnchorElement).href);
        return decodeURIComponent(url.pathname) + url.hash;
      }),
    );
}
