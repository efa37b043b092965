/**
 * Search quality: realistic reader questions against the built Pagefind index in Chromium.
 * Each question's guide must be in the top 3, both as the search dialog ranks it (Starlight's
 * ranking settings, read from the built search script) and with Pagefind's default ranking (as
 * any other client of pagefind.js would see it). Top-1 rates are printed for both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST } from '../helpers/paths';
import { openPage, useSite } from '../helpers/site';
import { QUERIES } from '../helpers/search-queries';

const site = useSite();
let page: Page | undefined;
const top1 = { dialog: 0, api: 0 };
const misses: string[] = [];

/** The ranking options the search dialog passes to Pagefind, from the built Search script. */
function dialogRanking(): Record<string, number> {
  const dir = path.join(DIST, '_astro');
  for (const file of readdirSync(dir).filter((f) => f.startsWith('Search') && f.endsWith('.js'))) {
    const literal = /ranking:\{([^}]*)\}/.exec(readFileSync(path.join(dir, file), 'utf8'))?.[1];
    if (literal) {
      return Object.fromEntries(
        literal
          .split(',')
          .map((pair) => pair.split(':'))
          .map(([k, v]) => [k!, Number(v)]),
      );
    }
  }
  throw new Error('ranking options not found in the built search script');
}

async function search(query: string): Promise<{ dialog: string[]; api: string[] }> {
  if (!page) {
    page = (await openPage(site)).page;
    await page.goto(site.server.url('/'));
    // A string, so the test bundler leaves this browser-side dynamic import alone.
    await page.evaluate(
      `import('${site.server.url('/pagefind/pagefind.js')}').then(async (m) => {
        window.pfApi = m;
        window.pfDialog = m.createInstance({ ranking: ${JSON.stringify(dialogRanking())} });
        await window.pfDialog.init();
      })`,
    );
  }
  return page.evaluate(async (q) => {
    type PF = { search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
    const w = window as unknown as { pfApi: PF; pfDialog: PF };
    const top = async (pf: PF) => {
      const { results } = await pf.search(q);
      const data = await Promise.all(results.slice(0, 3).map((r) => r.data()));
      return data.map((d) => new URL(d.url, location.origin).pathname.replace(/index\.html$/, ''));
    };
    return { dialog: await top(w.pfDialog), api: await top(w.pfApi) };
  }, query);
}

describe('search quality', () => {
  it.each(QUERIES)('«%s» finds %s in the top 3', async (query, expected) => {
    const { dialog, api } = await search(query);
    if (dialog[0] === expected) top1.dialog += 1;
    else misses.push(`dialog: «${query}» → ${dialog.join(', ')}`);
    if (api[0] === expected) top1.api += 1;
    else misses.push(`api:    «${query}» → ${api.join(', ')}`);
    expect(dialog, `search dialog, top 3 for «${query}»`).toContain(expected);
    expect(api, `default ranking, top 3 for «${query}»`).toContain(expected);
  });

  afterAll(() => {
    const rate = (n: number) =>
      `${n} of ${QUERIES.length} (${Math.round((100 * n) / QUERIES.length)}%)`;
    console.log(
      [
        `search top-1: dialog ${rate(top1.dialog)}, default ranking ${rate(top1.api)}`,
        ...misses,
      ].join('\n  not first: '),
    );
  });
});
