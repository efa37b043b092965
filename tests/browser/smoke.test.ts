import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/paths';
import { listPages } from '../helpers/pages';
import { openPage, useSite } from '../helpers/site';

const pages = listPages(DIST);
const site = useSite();

describe('smoke: every page in Chromium', () => {
  it.each(pages)('%s loads with no errors and no off-site requests', async (path) => {
    const { context, page, watch } = await openPage(site);
    const failed: string[] = [];
    page.on('response', (res) => {
      if (res.status() >= 400 && !(path === '/404.html' && res.url().endsWith('404.html'))) {
        failed.push(`${res.status()} ${res.url()}`);
      }
    });
    // Wait until the network is quiet, so errors from late-loading scripts are caught too.
    await page.goto(site.server.url(path), { waitUntil: 'networkidle' });
    expect(await page.locator('h1').count()).toBe(1);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    expect(failed).toEqual([]);
    await context.close();
  });
});
