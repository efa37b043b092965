/**
 * Only tests/browser/search-quality.test.ts (still vitest, not run by Playwright) uses this and
 * tests/helpers/browser-setup.ts: both go when that file moves into Node unit tests. Every other
 * browser test uses tests/helpers/fixtures.ts (@playwright/test).
 *
 * Per-file fixture for browser tests. The run's one Chromium and the two static servers start
 * once in tests/helpers/browser-setup.ts; a file connects to that browser in `beforeAll` and
 * every test opens its own context (`openPage`), so tests never share storage or cookies.
 * `watchContext` records page errors, console errors and any request to another origin (which is
 * aborted, so nothing leaves the machine).
 */
import { afterAll, beforeAll, inject } from 'vitest';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import type { ServedSite } from './browser-setup';

export interface SiteServer {
  origin: string;
  /** Absolute URL of a site path such as `/connect/` (base is prepended). */
  url(sitePath?: string): string;
}

export interface Site {
  server: SiteServer;
  browser: Browser;
}

function served({ origin, base }: ServedSite): SiteServer {
  return { origin, url: (sitePath = '/') => origin + base + sitePath.replace(/^\//, '') };
}

/** The site built into dist/ (`'root'`, served at `/`) or dist-eis/ (`'eis'`, served at `/eis/`). */
export function useSite(which: 'root' | 'eis' = 'root'): Site {
  const site = { server: served(inject(which === 'root' ? 'siteRoot' : 'siteEis')) } as Site;
  beforeAll(async () => {
    site.browser = await chromium.connect(inject('chromiumEndpoint'));
  });
  afterAll(async () => {
    await site.browser?.close();
  });
  return site;
}

export interface Watch {
  errors: string[];
  foreign: string[];
}

export async function watchContext(context: BrowserContext, origin: string): Promise<Watch> {
  const watch: Watch = { errors: [], foreign: [] };
  // Only recorded here, never intercepted: routing every request through this process would
  // slow each page load by a third. Chromium itself cannot reach another host (CHROMIUM_ARGS
  // resolve every name but the loopback to nothing), so nothing leaves the machine.
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return;
    watch.foreign.push(url);
  });
  // Every Content-Security-Policy violation is reported as a console error, so `errors` holds it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  context.on('page', (page) => attach(page, watch));
  return watch;
}

function attach(page: Page, watch: Watch): void {
  page.on('pageerror', (err) => watch.errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.errors.push(`console: ${msg.text()}`);
  });
}

/** A fresh context + page with watching on. */
export async function openPage(
  site: Site,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
  const context = await site.browser.newContext(options);
  const watch = await watchContext(context, site.server.origin);
  const page = await context.newPage();
  return { context, page, watch };
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
      // Frames without storage (about:blank from axe) get nothing.
    }
  }, entries);
}
