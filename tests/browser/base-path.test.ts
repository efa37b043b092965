/**
 * The site built under BASE_PATH=/eis/ (dist-eis, built by scripts/test.mjs) works when served
 * under /eis/: pages and assets load and search stays under the sub-path (that every link and
 * asset reference of the built HTML points under /eis/ is checked in tests/build/site-url.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { DIST_EIS } from '../helpers/paths';
import { listPages } from '../helpers/pages';
import { openPage, useSite } from '../helpers/site';
import { searchSite } from '../helpers/search';

const site = useSite('eis');
const pages = listPages(DIST_EIS).filter((p) => p !== '/404.html');

describe('build under BASE_PATH=/eis/', () => {
  it.each(pages)('%s loads with every asset found', async (path) => {
    const { context, page, watch } = await openPage(site);
    const failed: string[] = [];
    page.on('response', (res) => {
      if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
    });
    await page.goto(site.server.url(path), { waitUntil: 'load' });
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    expect(failed).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('search works and its results link under /eis/', async () => {
    const { context, page, watch } = await openPage(site);
    await page.goto(site.server.url('/'));
    const links = await searchSite(page, 'ЕИС');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(new URL(link).pathname.startsWith('/eis/')).toBe(true);
    const res = await page.goto(links[0]!);
    expect(res?.status()).toBe(200);
    expect(watch.foreign).toEqual([]);
    await context.close();
  });

  it('a pasted error message opens its entry under /eis/', async () => {
    const { context, page } = await openPage(site);
    await page.goto(site.server.url('/'));
    const [first] = await searchSite(
      page,
      'При нажатии на кнопку «Сохранить» пароль снова изменится',
    );
    const url = new URL(first!);
    expect(url.pathname + url.hash).toBe(
      '/eis/reference/troubleshooting/#err-password-reset-by-save',
    );
    await context.close();
  });
});
