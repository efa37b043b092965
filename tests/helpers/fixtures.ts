/**
 * The browser tests' `test` and `expect` (@playwright/test), with three fixtures:
 *   - `site`: the served build of this project (playwright.config.ts: `/` or `/eis/`):
 *     `site.url('/connect/')` is the absolute URL of a site path, `site.origin` its origin;
 *   - `watch`: records page errors, console errors (every CSP violation is reported as one) and
 *     any request to another origin, in every page of the test's context, from before its first
 *     navigation. Chromium itself cannot reach another host (CHROMIUM_ARGS), so nothing leaves
 *     the machine. Set up when a test asks for it (it was automatic, which gave even a test that
 *     needs no context one: nothing read what it recorded);
 *   - `scriptless`: a page with scripts off, kept for the worker's life, and the errors its
 *     console reported during the test. With scripts off no page can write storage or change
 *     what the next visit sees, so tests that only read pages without JS share it: a context and
 *     a renderer made for each such test cost as much as the visit itself. Left on about:blank;
 *   - `visitor`: the same with scripts on, for tests that only load a page and read it: the
 *     page's local and session storage are cleared after each test, so every visit starts as a
 *     first one (only the HTTP cache is kept: an asset once found is not asked for again).
 * Every other test gets its own context and page (Playwright's own fixtures), so nothing is shared.
 */
import {
  test as base,
  expect,
  type BrowserContext,
  type ConsoleMessage,
  type Page,
} from '@playwright/test';

export { expect };

export interface Site {
  origin: string;
  /** `/` or `/eis/` */
  base: string;
  /** Absolute URL of a site path such as `/connect/` (the base is prepended). */
  url(sitePath?: string): string;
}

export interface Watch {
  errors: string[];
  foreign: string[];
}

export interface Scriptless {
  page: Page;
  /** Page errors and console errors reported during this test. */
  errors: string[];
}

/** Every CSP violation as a console error, with what was blocked and where. */
const reportCsp = () => {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(
      `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
    );
  });
};

export const test = base.extend<
  { site: Site; watch: Watch; scriptless: Scriptless; visitor: Scriptless },
  { scriptlessPage: Page; visitorPage: Page }
>({
  site: async ({ baseURL }, use) => {
    if (!baseURL) throw new Error('this project has no baseURL (playwright.config.ts)');
    const { origin, pathname } = new URL(baseURL);
    await use({
      origin,
      base: pathname,
      url: (sitePath = '/') => origin + pathname + sitePath.replace(/^\//, ''),
    });
  },
  watch: async ({ context, site }, use) => {
    const watch: Watch = { errors: [], foreign: [] };
    // Only recorded, never intercepted: routing every request through the runner would slow
    // each page load by a third.
    context.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(site.origin) || url.startsWith('data:') || url.startsWith('blob:')) {
        return;
      }
      watch.foreign.push(url);
    });
    await context.addInitScript(reportCsp);
    const attach = (page: import('@playwright/test').Page) => {
      page.on('pageerror', (err) => watch.errors.push(`pageerror: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') watch.errors.push(`console: ${msg.text()}`);
      });
    };
    context.pages().forEach(attach);
    context.on('page', attach);
    await use(watch);
  },
  scriptlessPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  scriptless: async ({ scriptlessPage: page }, use) => {
    await shared(page, use);
  },
  visitorPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      await context.addInitScript(reportCsp);
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  visitor: async ({ visitorPage: page }, use) => {
    await shared(page, use, async () => {
      // Whatever this visit stored is gone before the next one (on the site's origin).
      if (page.url().startsWith('http')) {
        await page.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        });
      }
    });
  },
});

/**
 * Lends a worker's page to one test: its errors are collected for the test alone, `reset` runs
 * after it, and the page is left on about:blank.
 */
async function shared(
  page: Page,
  use: (value: Scriptless) => Promise<void>,
  reset?: () => Promise<void>,
): Promise<void> {
  const errors: string[] = [];
  const onError = (err: Error) => errors.push(`pageerror: ${err.message}`);
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  };
  page.on('pageerror', onError);
  page.on('console', onConsole);
  await use({ page, errors });
  page.off('pageerror', onError);
  page.off('console', onConsole);
  await reset?.();
  await page.goto('about:blank');
}

/**
 * Seed storage once per tab, before any page script runs, as an earlier visit would have left
 * it: the first page of each tab gets `entries`, later loads see whatever the page then stored.
 */
export async function seedStorage(
  context: BrowserContext,
  entries: Record<string, string>,
): Promise<void> {
  await context.addInitScript((items: Record<string, string>) => {
    try {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
    } catch {
      // Frames without storage (about:blank) get nothing.
    }
  }, entries);
}
