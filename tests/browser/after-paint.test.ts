/**
 * Module scripts after the first paint (src/lib/after-paint.ts): on a long guide, no script of
 * the site is even requested before the page's first contentful paint, and the islands still come
 * alive: the checklist counts its steps, the search button opens the dialog.
 */
import { expect, test } from '../helpers/fixtures';

test('a long guide paints before it asks for any script; then its islands work', async ({
  page,
  site,
  watch,
}) => {
  await page.goto(site.url('/support/create-request/'));
  await expect(page.locator('.eis-checklist__progress').first()).toHaveText(/^Выполнено 0 из \d+/);
  const { paint, scripts } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    scripts: performance
      .getEntriesByType('resource')
      .filter((e) => /\/_astro\/[^/]+\.js$/.test(new URL(e.name).pathname))
      .map((e) => ({ name: new URL(e.name).pathname, start: e.startTime })),
  }));
  expect(paint).toBeDefined();
  expect(scripts.length).toBeGreaterThan(5);
  // An order of events, not a duration: each request began after the paint.
  expect(scripts.filter((s) => s.start < paint!)).toEqual([]);
  await page.getByRole('button', { name: /Поиск/ }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(watch.errors).toEqual([]);
});
