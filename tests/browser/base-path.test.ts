/**
 * The site built under BASE_PATH=/eis/ (dist-eis, built by scripts/test.mjs) works when served
 * under /eis/: pages and assets load and search stays under the sub-path (that every link and
 * asset reference of the built HTML points under /eis/ is checked in tests/build/site-url.test.ts).
 */
import type { Response } from '@playwright/test';
import { expect, test } from '../helpers/fixtures';
import { DIST_EIS } from '../helpers/paths';
import { listPages } from '../helpers/pages';
import { searchSite } from '../helpers/search';

const pages = listPages(DIST_EIS).filter((p) => p !== '/404.html');

test.describe('build under BASE_PATH=/eis/', () => {
  for (const path of pages) {
    // Each only loads its page and reads it: they share the worker's visitor page (storage
    // cleared after each, tests/helpers/fixtures.ts) instead of a fresh context each.
    test(`${path} loads with every asset found`, async ({ visitor: { page, errors }, site }) => {
      const failed: string[] = [];
      const onResponse = (res: Response) => {
        if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
      };
      page.on('response', onResponse);
      await page.goto(site.url(path), { waitUntil: 'load' });
      await expect(page.locator('h1')).toHaveCount(1);
      page.off('response', onResponse);
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('search works and its results link under /eis/', async ({ page, site, watch }) => {
    await page.goto(site.url('/'));
    const links = await searchSite(page, 'ЕИС');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(new URL(link).pathname.startsWith('/eis/')).toBe(true);
    const res = await page.goto(links[0]!);
    expect(res?.status()).toBe(200);
    expect(watch.foreign).toEqual([]);
  });

  test('a pasted error message opens its entry under /eis/', async ({ page, site }) => {
    await page.goto(site.url('/'));
    const [first] = await searchSite(
      page,
      'При нажатии на кнопку «Сохранить» пароль снова изменится',
    );
    const url = new URL(first!);
    expect(url.pathname + url.hash).toBe(
      '/eis/reference/troubleshooting/#err-password-reset-by-save',
    );
  });
});
