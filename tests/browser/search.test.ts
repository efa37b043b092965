import { describe, expect, it } from 'vitest';
import { openPage, useSite } from '../helpers/site';
import { searchSite } from '../helpers/search';

const site = useSite();

describe('search on the root build', () => {
  it('finds pages in Russian and opens a result', async () => {
    const { context, page, watch } = await openPage(site);
    await page.goto(site.server.url('/'));
    const links = await searchSite(page, 'ЕИС');
    expect(links.length).toBeGreaterThan(0);
    const res = await page.goto(links[0]!);
    expect(res?.status()).toBe(200);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await context.close();
  });
});

describe('search result highlighting', () => {
  it('opening a result marks the searched words on the page, within the CSP', async () => {
    const { context, page, watch } = await openPage(site);
    await page.goto(site.server.url('/'));
    await searchSite(page, 'токен');
    await page.locator('#starlight__search .pagefind-ui__result-link').first().click();
    await page.waitForURL(/highlight=/);
    await page.locator('mark.eis-highlight').first().waitFor();
    expect(
      (await page.locator('mark.eis-highlight').first().textContent())?.toLowerCase(),
    ).toContain('токен');
    expect(await page.locator('[data-pagefind-ignore] mark.eis-highlight').count()).toBe(0);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
