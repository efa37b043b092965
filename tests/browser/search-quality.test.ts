/**
 * Search quality: realistic reader questions against the built Pagefind index in Chromium.
 * Each question's guide must be in the top 3; the top-1 rate is printed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, useSite } from '../helpers/site';
import { QUERIES } from '../helpers/search-queries';
import type { Page } from 'playwright-core';

const site = useSite();
let page: Page | undefined;
let top1 = 0;
const misses: string[] = [];

async function search(query: string): Promise<string[]> {
  if (!page) {
    page = (await openPage(site)).page;
    await page.goto(site.server.url('/'));
    // A string, so the test bundler leaves this browser-side dynamic import alone.
    await page.evaluate(
      `import('${site.server.url('/pagefind/pagefind.js')}').then((m) => { window.pf = m; })`,
    );
  }
  return page.evaluate(async (q) => {
    type PF = { search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
    const pf = (window as unknown as { pf: PF }).pf;
    const { results } = await pf.search(q);
    const top = await Promise.all(results.slice(0, 3).map((r) => r.data()));
    return top.map((d) => new URL(d.url, location.origin).pathname.replace(/index\.html$/, ''));
  }, query);
}

describe('search quality', () => {
  it.each(QUERIES)('«%s» finds %s in the top 3', async (query, expected) => {
    const top = await search(query);
    if (top[0] === expected) top1 += 1;
    else misses.push(`«${query}» → ${top.join(', ')}`);
    expect(top, `top 3 for «${query}»`).toContain(expected);
  });

  afterAll(() => {
    console.log(
      [
        `search top-1: ${top1} of ${QUERIES.length} (${Math.round((100 * top1) / QUERIES.length)}%)`,
        ...misses,
      ].join('\n  not first: '),
    );
  });
});
